import { demoId } from './ids';

/**
 * The demo world, fixed once for all four subgraphs: the seed reports' streets,
 * communities, compounds (小区), buildings, companies, committees and enterprises.
 * Each subgraph seeds only its own rows from this manifest; ids are derived from the
 * keys below (see `demoId`), so they are the same in every database and every run.
 */
export interface DemoCompound {
  key: string;
  id: string;
  name: string;
  nameZh: string;
  communityKey: string;
  buildingCount: number;
  /** Households in the compound, as the seed reports give them. */
  households: number;
  /** Households registered in this community (the rest are resettled from elsewhere). */
  localHouseholds?: number;
  /** Residents in the compound, when a seed gives it. */
  residents?: number;
  /** Named common areas (east gate, garage, ...), keyed for the property contracts. */
  commonAreas: string[];
}

export interface DemoCommunity {
  key: string;
  id: string;
  name: string;
  nameZh: string;
  streetKey: string;
}

export interface DemoStreet {
  key: string;
  id: string;
  name: string;
  nameZh: string;
  city: string;
}

const street = (key: string, name: string, nameZh: string, city: string): DemoStreet => ({
  key,
  id: demoId('street', key),
  name,
  nameZh,
  city,
});
const community = (key: string, name: string, nameZh: string, streetKey: string): DemoCommunity => ({
  key,
  id: demoId('community', key),
  name,
  nameZh,
  streetKey,
});
const compound = (c: Omit<DemoCompound, 'id'>): DemoCompound => ({ ...c, id: demoId('compound', c.key) });

export const DEMO_STREETS: DemoStreet[] = [
  street('qingbo', 'Qingbo Street', '清波街道', 'Hangzhou'),
  street('wanghailou', 'Wanghailou Street', '望海楼街', 'Tianjin'),
  street('xigu', 'Xigu Street', '西沽街道', 'Tianjin'),
  street('fengming', 'Fengming Street', '凤鸣街道', 'Meishan'),
  street('kuiguangta', 'Kuiguangta Street', '奎光塔街道', 'Dujiangyan'),
  street('zhaoshan', 'Zhaoshan Town', '昭山镇', 'Xiangtan'),
];

export const DEMO_COMMUNITIES: DemoCommunity[] = [
  community('laodonglu', 'Laodong Road Community', '劳动路社区', 'qingbo'),
  community('jinchenyuan', 'Jinchenyuan Community', '金辰园社区', 'wanghailou'),
  community('xiangtandao', 'Xiangtan Road Community', '湘潭道社区', 'xigu'),
  community('chengnan', 'Chengnan Community', '城南社区', 'fengming'),
  community('kuiguangta', 'Kuiguangta Community', '奎光塔社区', 'kuiguangta'),
  community('yaozhou', 'Yaozhou Community', '窑洲社区', 'zhaoshan'),
];

const STANDARD_AREAS = ['east-gate', 'underground-garage', 'service-station'];

/** Jinchenyuan: 6 compounds, 2155 households, 5430 residents (seed 001). */
const JINCHENYUAN_SPLIT = [
  { households: 420, residents: 1060 },
  { households: 380, residents: 955 },
  { households: 365, residents: 920 },
  { households: 350, residents: 880 },
  { households: 330, residents: 830 },
  { households: 310, residents: 785 },
];

export const DEMO_COMPOUNDS: DemoCompound[] = [
  compound({
    key: 'liulang-dongyuan',
    name: 'Liulang Dongyuan',
    nameZh: '柳浪东苑',
    communityKey: 'laodonglu',
    buildingCount: 6,
    households: 240,
    commonAreas: ['east-gate', 'west-gate', 'underground-garage', 'service-station', 'central-garden'],
  }),
  ...JINCHENYUAN_SPLIT.map((s, i) =>
    compound({
      key: `jinchenyuan-${i + 1}`,
      name: `Jinchenyuan No. ${i + 1}`,
      nameZh: `金辰园${i + 1}区`,
      communityKey: 'jinchenyuan',
      buildingCount: 4,
      households: s.households,
      residents: s.residents,
      commonAreas: STANDARD_AREAS,
    }),
  ),
  compound({
    key: 'xiangtan-dongli',
    name: 'Xiangtan Dongli',
    nameZh: '湘潭东里',
    communityKey: 'xiangtandao',
    buildingCount: 5,
    households: 600,
    commonAreas: STANDARD_AREAS,
  }),
  compound({
    key: 'xiangtan-li',
    name: 'Xiangtan Li',
    nameZh: '湘潭里',
    communityKey: 'xiangtandao',
    buildingCount: 5,
    households: 620,
    commonAreas: STANDARD_AREAS,
  }),
  compound({
    key: 'yintai-apartments',
    name: 'Yintai Apartments',
    nameZh: '银泰公寓',
    communityKey: 'xiangtandao',
    buildingCount: 3,
    households: 500,
    commonAreas: STANDARD_AREAS,
  }),
  compound({
    key: 'feicui-longwan',
    name: 'Feicui Longwan',
    nameZh: '翡翠龙湾',
    communityKey: 'chengnan',
    buildingCount: 4,
    households: 320,
    commonAreas: STANDARD_AREAS,
  }),
  compound({
    key: 'kuiguangta',
    name: 'Kuiguangta Compound',
    nameZh: '奎光塔小区',
    communityKey: 'kuiguangta',
    buildingCount: 4,
    households: 280,
    commonAreas: [...STANDARD_AREAS, 'veg-shop-room'],
  }),
  compound({
    key: 'qinglan-jiayuan',
    name: 'Qinglan Jiayuan',
    nameZh: '晴岚家园',
    communityKey: 'yaozhou',
    buildingCount: 9,
    households: 858,
    localHouseholds: 96,
    commonAreas: STANDARD_AREAS,
  }),
];

export function demoCompound(key: string): DemoCompound {
  const found = DEMO_COMPOUNDS.find((c) => c.key === key);
  if (!found) throw new Error(`No demo compound ${key}`);
  return found;
}

/** Building n (1-based) of a demo compound. */
export function demoBuildingId(compoundKey: string, n: number): string {
  return demoId('building', compoundKey, n);
}

/** Property companies: Liulang Dongyuan has three (seed 000). */
export const DEMO_PROPERTY_COMPANIES = [
  { key: 'qingbo-property', id: demoId('company', 'qingbo-property'), name: 'Qingbo Property Services', nameZh: '清波物业' },
  { key: 'hubin-property', id: demoId('company', 'hubin-property'), name: 'Hubin Property Management', nameZh: '湖滨物业' },
  { key: 'xizi-property', id: demoId('company', 'xizi-property'), name: 'Xizi Estate Services', nameZh: '西子物业' },
  { key: 'kuiguangta-property', id: demoId('company', 'kuiguangta-property'), name: 'Kuiguangta Property', nameZh: '奎光塔物业' },
  { key: 'jinchen-property', id: demoId('company', 'jinchen-property'), name: 'Jinchen Red Property', nameZh: '金辰红色物业' },
];

export function demoCompanyId(key: string): string {
  return demoId('company', key);
}

/** One owners' committee (业委会) per seed compound that has one. */
export const DEMO_COMMITTEE_COMPOUNDS = ['liulang-dongyuan', 'kuiguangta', 'qinglan-jiayuan', 'feicui-longwan'];

export function demoCommitteeId(compoundKey: string): string {
  return demoId('committee', compoundKey);
}

/** Community social enterprises (社区社会企业) and their outlets. */
export const DEMO_ENTERPRISES = [
  {
    key: 'kuiguangta-se',
    id: demoId('enterprise', 'kuiguangta-se'),
    name: 'Kuiguangta Community Social Enterprise',
    nameZh: '奎光塔社区社会企业',
  },
  { key: 'chengnan-se', id: demoId('enterprise', 'chengnan-se'), name: 'Chengnan Community Services', nameZh: '城南社区服务社' },
];

export const DEMO_OUTLETS = [
  {
    key: 'kuiguangta-veg-shop',
    id: demoId('outlet', 'kuiguangta-veg-shop'),
    enterpriseKey: 'kuiguangta-se',
    compoundKey: 'kuiguangta',
    kind: 'VEG_SHOP',
    name: '24-hour Veg Shop',
    nameZh: '便民蔬菜店',
  },
  {
    key: 'kuiguangta-canteen',
    id: demoId('outlet', 'kuiguangta-canteen'),
    enterpriseKey: 'kuiguangta-se',
    compoundKey: 'kuiguangta',
    kind: 'CANTEEN',
    name: 'Aiyouwei Canteen',
    nameZh: '爱有味食堂',
  },
  {
    key: 'chengnan-market',
    id: demoId('outlet', 'chengnan-market'),
    enterpriseKey: 'chengnan-se',
    compoundKey: 'feicui-longwan',
    kind: 'SERVICE_MARKET',
    name: 'Chengnan Market',
    nameZh: '城南市集',
  },
] as const;

/* ---- Below the building: units, households and residents (added by the party subgraph) ---- */

/** Units (单元) per demo building. */
export const DEMO_UNITS_PER_BUILDING = 2;

/** Unit u (1-based) of building b of a demo compound. */
export function demoUnitId(compoundKey: string, building: number, unit: number): string {
  return demoId('unit', compoundKey, building, unit);
}

/** Household n (1-based, up to the compound's `households`) of a demo compound. */
export function demoHouseholdId(compoundKey: string, n: number): string {
  return demoId('household', compoundKey, n);
}

/** Resident n (1-based) of a demo compound. */
export function demoResidentId(compoundKey: string, n: number): string {
  return demoId('resident', compoundKey, n);
}

export interface DemoHouseholdLayout {
  building: number;
  unit: number;
  floor: number;
  door: string;
  /** building-unit-door, e.g. 3-2-502. */
  label: string;
}

/**
 * Where household n of a compound is: households are dealt round the buildings, then
 * alternately to the two units, two doors a floor. Every subgraph can place a demo
 * household (e.g. the committee's owner roll) without asking the party database.
 */
export function demoHouseholdLayout(compound: Pick<DemoCompound, 'buildingCount'>, n: number): DemoHouseholdLayout {
  const building = ((n - 1) % compound.buildingCount) + 1;
  const k = Math.floor((n - 1) / compound.buildingCount);
  const unit = (k % DEMO_UNITS_PER_BUILDING) + 1;
  const j = Math.floor(k / DEMO_UNITS_PER_BUILDING);
  const floor = Math.floor(j / 2) + 1;
  const door = String(floor * 100 + (j % 2) + 1);
  return { building, unit, floor, door, label: `${building}-${unit}-${door}` };
}

/** Qinglan Jiayuan (seed 004): local households are the first `localHouseholds`; the rest are resettled from elsewhere. */
export function demoHouseholdIsLocal(compound: Pick<DemoCompound, 'households' | 'localHouseholds'>, n: number): boolean {
  return compound.localHouseholds === undefined || n <= compound.localHouseholds;
}
