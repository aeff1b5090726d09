/**
 * The party subgraph's part of the demo world, from the seed reports. Ids are derived
 * with `demoId` from the keys here and in the shared manifest.
 */

type Position = 'SECRETARY' | 'GROUP_LEADER' | 'INSTRUCTOR' | 'MEMBER';
interface DemoPartyMember {
  name: string;
  position: Position;
  membership: 'LOCAL' | 'ELSEWHERE';
  homeOrganisation?: string;
}

const LOCAL_NAMES = [
  '罗建军',
  '谭秀兰',
  '彭志明',
  '周桂英',
  '刘国强',
  '易春华',
  '胡德明',
  '唐丽萍',
  '陈卫东',
  '黄淑珍',
  '李长青',
  '贺玉梅',
  '曾庆华',
  '欧阳平',
  '邓红霞',
];

/** Qinglan Jiayuan (seed 004): the branch gathers the community's 15 members living there, and members whose membership is held elsewhere. */
const QINGLAN_MEMBERS: DemoPartyMember[] = [
  ...LOCAL_NAMES.map((name, i): DemoPartyMember => ({
    name,
    position: i === 0 ? 'SECRETARY' : i <= 2 ? 'GROUP_LEADER' : 'MEMBER',
    membership: 'LOCAL',
  })),
  { name: '王指导员', position: 'INSTRUCTOR', membership: 'ELSEWHERE', homeOrganisation: '昭山镇党委' },
  { name: '张在职', position: 'MEMBER', membership: 'ELSEWHERE', homeOrganisation: '湘潭经开区机关党支部' },
  { name: '李在职', position: 'MEMBER', membership: 'ELSEWHERE', homeOrganisation: '湘潭市第一中学党支部' },
  { name: '赵流动', position: 'MEMBER', membership: 'ELSEWHERE', homeOrganisation: '长沙市岳麓区某村党支部' },
];

type Mode = 'ON_THE_SPOT' | 'BY_PROXY';

/** Kuiguangta (seed 003): two kinds, 21 services moved down, done on the spot or by proxy. */
const KUIGUANGTA_SERVICES: Record<string, [string, Mode][]> = {
  综合服务: [
    ['邻里纠纷调解', 'ON_THE_SPOT'],
    ['特殊人群服务', 'ON_THE_SPOT'],
    ['党员信息登记', 'ON_THE_SPOT'],
    ['居住证明开具', 'ON_THE_SPOT'],
    ['高龄津贴申请', 'BY_PROXY'],
    ['残疾人证办理', 'BY_PROXY'],
    ['低保申请', 'BY_PROXY'],
    ['计生服务证明', 'ON_THE_SPOT'],
    ['流动人口登记', 'ON_THE_SPOT'],
    ['法律援助申请', 'BY_PROXY'],
    ['志愿者注册', 'ON_THE_SPOT'],
  ],
  人社服务: [
    ['就失业登记', 'ON_THE_SPOT'],
    ['养老待遇审核验证', 'ON_THE_SPOT'],
    ['城乡居民养老保险参保', 'BY_PROXY'],
    ['医疗保险参保登记', 'BY_PROXY'],
    ['社保卡申领', 'BY_PROXY'],
    ['就业创业证申领', 'BY_PROXY'],
    ['灵活就业人员登记', 'ON_THE_SPOT'],
    ['职业培训报名', 'ON_THE_SPOT'],
    ['退休人员信息变更', 'BY_PROXY'],
    ['医保异地备案', 'BY_PROXY'],
  ],
};

export const DEMO_PARTY = {
  /** Residents for compounds the manifest gives no count for (Qinglan Jiayuan: "2000余人"). */
  extraResidents: { 'qinglan-jiayuan': 2010 } as Record<string, number>,
  reportedInAt: new Date('2026-03-26T02:00:00Z'),
  organisations: [{ compoundKey: 'qinglan-jiayuan', kind: 'BRANCH', name: '晴岚家园小区党支部', members: QINGLAN_MEMBERS }],
  stations: [
    {
      compoundKey: 'qinglan-jiayuan',
      name: '晴岚家园党群服务站',
      customFunctions: ['义务理发', '本社区外村社无差别服务'],
      services: {
        便民服务: [
          ['老年认证', 'ON_THE_SPOT'],
          ['失业证办理', 'BY_PROXY'],
          ['社区活动报名', 'ON_THE_SPOT'],
        ] as [string, Mode][],
      },
    },
    { compoundKey: 'kuiguangta', name: '奎光塔小区服务站', customFunctions: ['便民蔬菜店', '爱有味食堂'], services: KUIGUANGTA_SERVICES },
    {
      compoundKey: 'liulang-dongyuan',
      name: '柳浪东苑小区服务驿站',
      customFunctions: ['磨刀修伞', '医生义诊', '亲子活动'],
      services: {
        便民服务: [
          ['法律咨询', 'ON_THE_SPOT'],
          ['物业报修接件', 'BY_PROXY'],
        ] as [string, Mode][],
      },
    },
  ],
  /** Xiangtan Road's three compounds (seed 001) took couriers and riders on as part-time grid workers. */
  partTimeCompounds: ['xiangtan-dongli', 'xiangtan-li', 'yintai-apartments'],
  partTimeWorkers: [
    { name: '快递小哥 陈师傅', occupation: 'COURIER' },
    { name: '快递小哥 刘师傅', occupation: 'COURIER' },
    { name: '外卖小哥 小王', occupation: 'DELIVERY_RIDER' },
    { name: '外卖小哥 小赵', occupation: 'DELIVERY_RIDER' },
  ],
  /** 3 × 70 = 210: "累计帮助社区发现解决问题200多条". */
  reportsPerCompound: 70,
  reportsFrom: '2026-09-01T00:00:00Z',
};

/** The user id a demo part-time grid worker signs in with (a `volunteer` of the compound). */
export function demoPartTimeWorkerUser(compoundKey: string, n: number): string {
  return `demo:part-time:${compoundKey}:${n}`;
}

export function demoReporterUser(compoundKey: string, n: number): string {
  return `demo:resident:${compoundKey}:${n}`;
}
