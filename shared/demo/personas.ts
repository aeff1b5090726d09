import type { RoleGrant } from '../auth/viewer';
import { DEMO_ENTERPRISES, DEMO_OUTLETS, demoCommitteeId, demoCompanyId, demoCompound, demoResidentId } from './manifest';

/**
 * Who sends each persona's operations (operations/) in the demo, and what each
 * operation is asked. The persona outage test runs them with these tokens and variables;
 * the explorer opens them the same way in development (gateway/explorer/).
 */
export interface DemoPersona {
  grants: RoleGrant[];
  residentId?: string;
}

const kuiguangta = demoCompound('kuiguangta').id;
const xiangtanDongli = demoCompound('xiangtan-dongli').id;
const outlet = (key: (typeof DEMO_OUTLETS)[number]['key']) => DEMO_OUTLETS.find((o) => o.key === key)!.id;

/**
 * The demo tells its stories in different compounds, so a grid worker and a property
 * desk that show real data everywhere hold two scopes: the reports were filed in
 * Xiangtan Dongli, the station with shops and a committee is Kuiguangta's; Qingbo has
 * work orders, Kuiguangta Property the contract with revenue-share agreements.
 */
export const DEMO_PERSONAS: Record<string, DemoPersona> = {
  resident: {
    grants: [
      { role: 'resident', compoundId: kuiguangta },
      { role: 'owner', compoundId: kuiguangta },
    ],
    residentId: demoResidentId('kuiguangta', 7),
  },
  'grid-worker': {
    grants: [
      { role: 'grid_worker', compoundId: xiangtanDongli },
      { role: 'grid_worker', compoundId: kuiguangta },
    ],
  },
  committee: { grants: [{ role: 'committee_member', compoundId: kuiguangta }] },
  'property-desk': {
    grants: [
      { role: 'property_staff', companyId: demoCompanyId('qingbo-property') },
      { role: 'property_staff', companyId: demoCompanyId('kuiguangta-property') },
    ],
  },
  'enterprise-desk': { grants: [{ role: 'enterprise_staff', enterpriseId: DEMO_ENTERPRISES.find((e) => e.key === 'kuiguangta-se')!.id }] },
  analyst: { grants: [{ role: 'analyst' }] },
};

/** What each operation that takes variables is asked, from the demo manifest. */
export const DEMO_OPERATION_VARIABLES: Record<string, Record<string, unknown>> = {
  MyCompound: { compoundId: kuiguangta },
  OwnersVoice: { compoundId: kuiguangta },
  VegShop: { outletId: outlet('kuiguangta-veg-shop') },
  ReportQueue: { compoundId: xiangtanDongli },
  StationDesk: { compoundId: kuiguangta },
  FundLedger: { compoundId: kuiguangta },
  OwnerRoll: { compoundId: kuiguangta },
  Rebates: { committeeId: demoCommitteeId('kuiguangta') },
  Votes: { compoundId: kuiguangta },
  WorkOrderBoard: { companyId: demoCompanyId('qingbo-property') },
  OurContracts: { companyId: demoCompanyId('kuiguangta-property') },
  CanteenDay: { outletId: outlet('kuiguangta-canteen') },
  VegShopBooks: { outletId: outlet('kuiguangta-veg-shop') },
  PromiseKept: { period: { from: '2026-09-01', to: '2026-11-21' } },
  FollowTheMoney: { period: { from: '2026-08-01', to: '2026-10-31' } },
  WorkOrderPerformance: { period: { from: '2026-10-01', to: '2026-11-22' } },
};

/**
 * The demo's duty managers: the property desk is on the duty-manager rota of each company
 * it is scoped to (property seeds one staff member per company with its token `sub`).
 */
export const DEMO_DUTY_MANAGER = {
  accountSub: 'persona:property-desk',
  companyIds: DEMO_PERSONAS['property-desk'].grants.flatMap((g) => (g.role === 'property_staff' && g.companyId ? [g.companyId] : [])),
};
