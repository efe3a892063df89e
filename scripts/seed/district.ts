/**
 * The demo district, generated deterministically from a seed and the day it is loaded: units and people,
 * the two years of cases up to that day whose mix follows the petition office's reports, joint meetings
 * with agendas, and quarterly township rankings. A case's history is played forward from its registration
 * and cut at the load day, so the office is live: most clocks green, some extended (yellow), a few overdue
 * (red). Pure data: nothing here touches a database.
 */
import { type RunUnit, type SchemeDefinition, type UnitInput, monteCarlo, parseDefinition, prepare, score } from '@lianban/assessment';
import { Random, chineseNumber, stableId } from './random';
import { type SeedScreening, generateScreening } from './screening';

export type DepartmentKind = 'LEADERSHIP' | 'DEPARTMENT' | 'TOWNSHIP' | 'STREET';
export type Channel = 'LETTER' | 'VISIT' | 'PHONE' | 'ONLINE' | 'LEADER_RECEPTION' | 'ASSIGNED_FROM_ABOVE';
export type VisitLevel = 'DISTRICT' | 'CITY' | 'PROVINCE' | 'BEIJING';
export type CaseStatus =
  | 'REGISTERED' | 'ACCEPTED' | 'NOT_ACCEPTED' | 'ASSIGNED' | 'SIGNED_FOR' | 'IN_PROGRESS'
  | 'REPLIED' | 'CLOSED' | 'ARCHIVED' | 'UNDER_REVIEW' | 'UNDER_RE_REVIEW' | 'TERMINATED';

export interface SeedDepartment {
  id: string;
  code: string;
  name: string;
  kind: DepartmentKind;
  parentId?: string;
  population?: number;
}

export interface SeedPerson {
  id: string;
  name: string;
  position: string;
  unitId: string;
  isLeader: boolean;
}

export interface SeedCase {
  id: string;
  number: string;
  channel: Channel;
  form: 'INDIVIDUAL' | 'COLLECTIVE';
  headCount: number;
  levelVisited: VisitLevel;
  categoryMain: string;
  categorySub: string;
  townshipId: string;
  leadDepartmentId?: string;
  status: CaseStatus;
  priority: 'NORMAL' | 'URGENT' | 'VERY_URGENT';
  summary: string;
  isRepeat: boolean;
  registeredAt: Date;
  closedAt?: Date;
  ruleSet: 'NATIONAL' | 'HOTLINE_12345';
  acceptedAt?: Date;
  assignedAt?: Date;
  signedForAt?: Date;
  repliedAt?: Date;
  satisfaction?: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED';
  reviewRequestedAt?: Date;
  reviewDecidedAt?: Date;
  reReviewRequestedAt?: Date;
  reReviewDecidedAt?: Date;
  extensionDays: number;
  /** When the handling deadline was extended (延期), by `extensionDays`. */
  extendedAt?: Date;
  repeatOfId?: string;
  notAcceptedReason?: string;
  redirectTo?: string;
  leaderId?: string;
  petitioners: { name: string; idNumber?: string; phone?: string; address?: string }[];
  /** Cooperating units (their sub-tasks fall due with the case). */
  cooperatingUnitIds: string[];
}

export interface SeedMeeting {
  id: string;
  sessionNumber?: number;
  title: string;
  kind: 'REGULAR' | 'EXTRA';
  status: 'PLANNED' | 'SCHEDULED' | 'HELD' | 'MINUTES_PUBLISHED' | 'CANCELLED';
  heldOn: string;
  subject?: string;
  startsAt?: Date;
  endsAt?: Date;
  minutes?: string;
  minutesPublishedAt?: Date;
  cancelReason?: string;
  cancelledAt?: Date;
}

/** 会议决定 on an agenda item of a held session, about its first case (督查事项). */
export interface SeedDecision {
  id: string;
  agendaItemId: string;
  caseId: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  ownerLeaderId: string;
  handlerName: string;
  deadline: string;
  recordedAt: Date;
  evidence?: string;
  evidenceAt?: Date;
}

/** 信访联席会议: the body, its convenor, office, member units and working groups. */
export interface SeedJointMeeting {
  id: string;
  name: string;
  convenorId: string;
  officeUnitId: string;
  memberUnitIds: string[];
  workingGroups: { name: string; leadUnitId: string; memberUnitIds: string[] }[];
}

/** 会议室 the joint meeting's sessions can be held in. */
export interface SeedRoom {
  id: string;
  name: string;
  seats: number;
}

/** A leader's standing weekly engagement (忙碌时间), which plans keep clear of. */
export interface SeedBusyTime {
  id: string;
  subjectKind: 'PERSON' | 'UNIT';
  subjectId: string;
  reason: string;
  weekday: number;
  startTime: string;
  endTime: string;
  createdAt: Date;
}

export interface SeedAgendaItem {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  decision?: string;
  caseIds: string[];
}

export interface SeedScheme {
  id: string;
  documentNumber: string;
  name: string;
  issuingBody: string;
  schemeVersion: number;
  periodKind: 'QUARTER';
  unitScope: 'TOWNSHIPS';
  validFrom: string;
  status: 'PUBLISHED';
  definition: SchemeDefinition;
  publishedAt: Date;
}

/** A published run of the demo scheme, as the engine computed it. */
export interface SeedRun {
  id: string;
  schemeId: string;
  period: string;
  units: RunUnit[];
  publishedAt: Date;
}

export interface SeedRanking {
  id: string;
  schemeId: string;
  period: string;
  unitId: string;
  score: number;
  rank: number;
  rankedUnits: number;
  vetoed: boolean;
  publishedAt: Date;
  runId: string;
  inRewardGroup: boolean;
  inKeyManagementGroup: boolean;
  previousRank?: number;
}

/** The password of every demo account (documented in the README; demo data only). */
export { DEMO_PASSWORD } from '@lianban/departments';

export interface SeedAccount {
  id: string;
  username: string;
  personId: string;
  role: 'REGISTRAR' | 'LIAISON' | 'SECRETARIAT' | 'EVALUATOR' | 'LEADER' | 'ADMIN';
}

export interface SeedCategory {
  id: string;
  main: string;
  sub: string;
  leadDepartmentId: string;
}

/** 专项工作小组: one per lead department of the routing table, with the bureau and the joint-meeting office. */
export interface SeedWorkingGroup {
  id: string;
  name: string;
  leadDepartmentId: string;
  memberIds: string[];
}

export interface District {
  accounts: SeedAccount[];
  workingGroups: SeedWorkingGroup[];
  departments: SeedDepartment[];
  categories: SeedCategory[];
  people: SeedPerson[];
  cases: SeedCase[];
  meetings: SeedMeeting[];
  agendaItems: SeedAgendaItem[];
  rooms: SeedRoom[];
  busyTimes: SeedBusyTime[];
  decisions: SeedDecision[];
  jointMeeting: SeedJointMeeting;
  schemes: SeedScheme[];
  rankings: SeedRanking[];
  runs: SeedRun[];
  /** 排查, 预警 and the daily reports of a sensitive period (./screening.ts) */
  screening: SeedScreening;
}

const DAY = 86_400_000;

/** The years of cases the demo holds, so that a report over the last year compares with the one before. */
export const DEMO_YEARS = 2;

/**
 * The demo's span for a load at `today`: cases are registered from `from` (the start of the same China-time
 * day two years earlier) up to `until` (the load itself).
 */
export function demoWindow(today: Date): { from: Date; until: Date } {
  const [year, month, day] = cstDate(today).split('-').map(Number);
  const from = new Date(`${String(year - DEMO_YEARS).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(month === 2 && day === 29 ? 28 : day).padStart(2, '0')}T00:00:00+08:00`);
  return { from, until: today };
}

/** District units: [code, name, parent code]. The first sixteen lead the special working groups. */
const UNITS: [string, string, DepartmentKind, string | undefined][] = [
  ['D-QW', '区委', 'LEADERSHIP', undefined],
  ['D-QZF', '区政府', 'LEADERSHIP', undefined],
  ['D-JSJ', '区建设局', 'DEPARTMENT', 'D-QZF'],
  ['D-WSJ', '区卫生局', 'DEPARTMENT', 'D-QZF'],
  ['D-MZJ', '区民政局', 'DEPARTMENT', 'D-QZF'],
  ['D-GTFJ', '区国土分局', 'DEPARTMENT', 'D-QZF'],
  ['D-MZZJ', '区民宗局', 'DEPARTMENT', 'D-QZF'],
  ['D-RSJ', '区人力资源和社会保障局', 'DEPARTMENT', 'D-QZF'],
  ['D-WJJ', '区卫生健康局', 'DEPARTMENT', 'D-QZF'],
  ['D-NYJ', '区农业农村局', 'DEPARTMENT', 'D-QZF'],
  ['D-YJJ', '区应急管理局', 'DEPARTMENT', 'D-QZF'],
  ['D-FY', '区法院', 'DEPARTMENT', 'D-QW'],
  ['D-CGJ', '区城管局', 'DEPARTMENT', 'D-QZF'],
  ['D-STHJJ', '区生态环境局', 'DEPARTMENT', 'D-QZF'],
  ['D-GAFJ', '区公安分局', 'DEPARTMENT', 'D-QZF'],
  ['D-JYJ', '区教育局', 'DEPARTMENT', 'D-QZF'],
  ['D-JWJW', '区纪委监委', 'DEPARTMENT', 'D-QW'],
  ['D-YJB', '区应急办', 'DEPARTMENT', 'D-QZF'],
  ['D-XFJ', '区信访局', 'DEPARTMENT', 'D-QZF'],
  ['D-LXB', '区信访工作联席会议办公室', 'DEPARTMENT', 'D-XFJ'],
  ['D-KHB', '区委考核办', 'DEPARTMENT', 'D-QW'],
  ['D-CZJ', '区财政局', 'DEPARTMENT', 'D-QZF'],
  ['D-FGW', '区发展和改革委员会', 'DEPARTMENT', 'D-QZF'],
  ['D-SJJ', '区市场监督管理局', 'DEPARTMENT', 'D-QZF'],
  ['D-JTJ', '区交通运输局', 'DEPARTMENT', 'D-QZF'],
  ['D-SLJ', '区水利局', 'DEPARTMENT', 'D-QZF'],
  ['D-SFJ', '区司法局', 'DEPARTMENT', 'D-QZF'],
];

/**
 * Problem categories (一级/二级), the lead department they route to (domain.md's table), how common
 * they are, and a typical complaint.
 */
export const CATEGORIES: [string, string, string, number, string][] = [
  ['城乡建设', '城镇建设', 'D-JSJ', 7, '小区配套设施迟迟未建成交付，要求开发商履行承诺'],
  ['城乡建设', '拆迁安置', 'D-JSJ', 9, '拆迁安置房逾期未交付、过渡费停发，要求按协议安置'],
  ['城乡建设', '拖欠工程款', 'D-JSJ', 8, '项目完工后工程款及农民工工资被拖欠，要求尽快支付'],
  ['卫生健康', '社区卫生管理', 'D-WSJ', 2, '社区卫生服务站服务时间不固定，要求规范管理'],
  ['卫生健康', '医疗事故', 'D-WSJ', 2, '家属在医院治疗期间死亡，认为存在医疗过错，要求鉴定并赔偿'],
  ['卫生健康', '医患纠纷', 'D-WSJ', 3, '对医院收费及治疗方案有异议，要求退还费用'],
  ['卫生健康', '人口计生', 'D-WJJ', 1, '独生子女父母奖励扶助金未按时发放，要求补发'],
  ['民政事务', '村务公开', 'D-MZJ', 4, '村集体收支长期不公开，要求公开账目'],
  ['民政事务', '基层换届', 'D-MZJ', 2, '反映村委会换届选举程序不规范，要求重新选举'],
  ['民政事务', '低保救助', 'D-MZJ', 5, '家庭困难申请低保未获批准，要求重新审核'],
  ['民政事务', '涉军', 'D-MZJ', 2, '退役军人要求落实优抚待遇'],
  ['国土资源', '土地征用', 'D-GTFJ', 7, '土地被征用后补偿款标准偏低、未足额发放，要求补偿'],
  ['国土资源', '农村宅基地审批', 'D-GTFJ', 3, '宅基地申请多年未获审批，要求尽快办理'],
  ['民族宗教', '民族宗教', 'D-MZZJ', 1, '要求解决宗教活动场所登记问题'],
  ['劳动社保', '劳资纠纷', 'D-RSJ', 9, '企业拖欠工资、未签订劳动合同，要求支付工资'],
  ['劳动社保', '权益保障', 'D-RSJ', 3, '工伤认定后单位拒不支付待遇，要求落实'],
  ['劳动社保', '社会保险', 'D-RSJ', 5, '单位未足额缴纳养老保险，要求补缴'],
  ['农村农业', '农村财务监管', 'D-NYJ', 3, '村干部违规处置集体资产，要求审计'],
  ['农村农业', '土地承包', 'D-NYJ', 4, '承包地被村组收回另行发包，要求恢复承包经营权'],
  ['安全生产', '安全生产', 'D-YJJ', 2, '附近企业存在安全隐患，要求查处'],
  ['政法', '涉法涉诉', 'D-FY', 4, '对法院判决不服、执行不到位，要求依法执行'],
  ['政法', '警务督察', 'D-GAFJ', 1, '反映民警执法不规范，要求调查处理'],
  ['政法', '治安管理', 'D-GAFJ', 3, '邻里纠纷引发治安案件，要求公安机关依法处理'],
  ['政法', '活动安保', 'D-GAFJ', 1, '大型活动周边交通管制影响出行，要求合理安排'],
  ['城市管理', '违法建设', 'D-CGJ', 5, '邻居违法搭建影响采光通行，要求拆除'],
  ['城市管理', '综合执法', 'D-CGJ', 3, '占道经营、夜间噪音扰民，要求执法整治'],
  ['城建环保', '环境污染', 'D-STHJJ', 5, '企业排放废气废水污染环境，要求停产整改'],
  ['教育', '基础教育', 'D-JYJ', 3, '子女入学划片不合理，要求就近入学'],
  ['教育', '民师问题', 'D-JYJ', 2, '原民办教师要求落实生活补助待遇'],
  ['纪检监察', '行政执法', 'D-JWJW', 1, '反映行政执法人员违规执法，要求追责'],
  ['纪检监察', '干部违纪', 'D-JWJW', 2, '反映村干部优亲厚友、违纪违规，要求查处'],
  ['应急管理', '应急预案', 'D-YJB', 1, '汛期防汛预案不落实，要求加固堤坝'],
];

/** 86 townships and streets: the first 24 are streets (街道), the rest towns (镇) and townships (乡). */
const PLACES = [
  '城关', '东城', '西城', '南关', '北关', '新华', '和平', '人民', '解放', '建设', '文化', '胜利',
  '东风', '红旗', '光明', '幸福', '团结', '长安', '滨江', '湖滨', '古城', '新城', '开发区', '高新区',
  '永安', '太平', '安宁', '兴隆', '龙泉', '凤鸣', '白沙', '青山', '石桥', '柳林', '桃园', '杏花',
  '梨园', '枣林', '马庄', '李集', '王营', '张店', '刘桥', '陈湾', '赵庄', '黄河', '清河', '沙河',
  '双河', '三里', '五里', '七里', '十里铺', '大王', '高庙', '孙集', '吴桥', '郑庄', '冯营', '卫岗',
  '蒋集', '韩庄', '杨楼', '朱集', '秦川', '许岗', '何营', '吕庄', '施桥', '金山', '银山', '铁佛',
  '铜山', '锦屏', '翠屏', '云台', '天宁', '宝塔', '临港', '南湖', '北湖', '平原', '长岭', '黑石',
  '红土', '槐树',
];

/** Surnames and given names petitioners and staff are named from. */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文'.split('');
export const GIVEN = '建国 建华 国强 志强 海燕 秀英 桂兰 丽娟 晓明 伟 芳 娜 敏 静 磊 军 勇 艳 杰 涛 明 超 霞 平 刚 桂英 红梅 文斌 玉兰 春生 德胜 永红 新民 保国 国华 立新 爱民 卫东 胜利 建军'.split(' ');

function channelOf(r: Random): Channel {
  return r.weighted<Channel>([
    ['LETTER', 22], ['VISIT', 33], ['PHONE', 20], ['ONLINE', 18], ['LEADER_RECEPTION', 4], ['ASSIGNED_FROM_ABOVE', 3],
  ]);
}

const ASSIGNED_STATUSES = new Set<CaseStatus>([
  'ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS', 'REPLIED', 'CLOSED', 'ARCHIVED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED',
]);
const CLOSED_STATUSES = new Set<CaseStatus>(['CLOSED', 'ARCHIVED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED']);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A well-formed resident ID number (GB 11643) of someone aged 20 to 80 registered in the district. */
function residentId(r: Random, on: Date): string {
  const year = on.getUTCFullYear() - r.int(20, 80);
  const body = `410102${year}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${String(r.int(0, 999)).padStart(3, '0')}`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return `${body}${'10X98765432'[sum % 11]}`;
}

/** YYYY-MM-DD in China Standard Time. */
export function cstDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function quarterOf(date: Date): string {
  const [year, month] = cstDate(date).split('-').map(Number);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** Categories whose matters the township of origin often leads itself (属地牵头), with the department cooperating. */
const TOWNSHIP_LED = new Set(['村务公开', '基层换届', '土地承包', '农村财务监管', '违法建设', '治安管理']);

/** A case's history played forward from its registration, before it is cut at the load day. */
interface Plan {
  acceptedAt?: Date;
  notAcceptedAt?: Date;
  assignedAt?: Date;
  signedForAt?: Date;
  startedAt?: Date;
  /** Extensions are approved late in the handling, when the deadline comes near. */
  extendedAt?: Date;
  repliedAt?: Date;
  closedAt?: Date;
  archivedAt?: Date;
  reviewRequestedAt?: Date;
  reviewDecidedAt?: Date;
  reReviewRequestedAt?: Date;
  reReviewDecidedAt?: Date;
  extensionDays: number;
}

/**
 * How a case goes: accepted within days (a few late), handled within the limit of its rule set (some
 * extended, about one in ten late, a few long-standing 积案), replied, closed with the petitioner's view,
 * archived after the review window; a few go on to review and re-review.
 */
function planCase(r: Random, registeredAt: Date, hotline: boolean): Plan {
  const after = (from: Date, minDays: number, maxDays: number) => new Date(from.getTime() + Math.round((minDays + r.next() * (maxDays - minDays)) * DAY));
  if (r.chance(0.05)) return { notAcceptedAt: after(registeredAt, 1, 12), extensionDays: 0 };
  const acceptedAt = hotline ? after(registeredAt, 0, 0.8) : r.chance(0.02) ? after(registeredAt, 16, 24) : after(registeredAt, 0, 9);
  const assignedAt = after(acceptedAt, 0, hotline ? 0.5 : 3);
  const signedForAt = after(assignedAt, 0, hotline ? 0.5 : 2);
  const startedAt = after(signedForAt, 0, 3);
  const kind = r.weighted<'normal' | 'extended' | 'late' | 'long'>(hotline ? [['normal', 92], ['late', 8]] : [['normal', 78], ['extended', 14], ['late', 7.5], ['long', 0.5]]);
  const extensionDays = kind === 'extended' ? r.pick([10, 15, 30]) : 0;
  const extendedAt = kind === 'extended' ? after(acceptedAt, 30, 48) : undefined;
  const handleDays = hotline
    ? kind === 'late' ? [8, 14] : [1, 5]
    : { normal: [10, 55], extended: [52, 58 + extensionDays], late: [62, 85], long: [120, 400] }[kind];
  const repliedAt = after(acceptedAt, handleDays[0], handleDays[1]);
  const closedAt = after(repliedAt, 0, 5);
  const plan: Plan = { acceptedAt, assignedAt, signedForAt, startedAt, extendedAt, repliedAt, closedAt, extensionDays };
  if (r.chance(0.04)) {
    plan.reviewRequestedAt = after(repliedAt, 3, 25);
    plan.reviewDecidedAt = after(plan.reviewRequestedAt, 5, 28);
    if (r.chance(0.4)) {
      plan.reReviewRequestedAt = after(plan.reviewDecidedAt, 3, 25);
      plan.reReviewDecidedAt = after(plan.reReviewRequestedAt, 5, 28);
    }
  } else if (r.chance(0.85)) {
    plan.archivedAt = after(repliedAt, 31, 60);
  }
  return plan;
}

/** Where a planned case stands at `today`: its status, and only the steps already taken. */
function cutAt(plan: Plan, today: Date) {
  const done = (at: Date | undefined) => (at && at <= today ? at : undefined);
  const taken = Object.fromEntries(Object.entries(plan).map(([key, value]) => [key, value instanceof Date ? done(value) : value])) as Plan;
  // a step counts only when every step before it was taken
  const order: (keyof Plan)[] = ['acceptedAt', 'assignedAt', 'signedForAt', 'startedAt', 'repliedAt', 'closedAt', 'reviewRequestedAt', 'reviewDecidedAt', 'reReviewRequestedAt', 'reReviewDecidedAt'];
  for (let i = 1; i < order.length; i++) if (!taken[order[i - 1]]) delete taken[order[i]];
  if (!taken.closedAt || taken.reviewRequestedAt) delete taken.archivedAt;
  if (!taken.startedAt) delete taken.extendedAt;
  taken.extensionDays = taken.extendedAt ? plan.extensionDays : 0;
  const status: CaseStatus = plan.notAcceptedAt
    ? taken.notAcceptedAt ? 'NOT_ACCEPTED' : 'REGISTERED'
    : taken.reReviewDecidedAt ? 'TERMINATED'
      : taken.reReviewRequestedAt ? 'UNDER_RE_REVIEW'
        : taken.reviewDecidedAt ? 'CLOSED'
          : taken.reviewRequestedAt ? 'UNDER_REVIEW'
            : taken.archivedAt ? 'ARCHIVED'
              : taken.closedAt ? 'CLOSED'
                : taken.repliedAt ? 'REPLIED'
                  : taken.startedAt ? 'IN_PROGRESS'
                    : taken.signedForAt ? 'SIGNED_FOR'
                      : taken.assignedAt ? 'ASSIGNED'
                        : taken.acceptedAt ? 'ACCEPTED'
                          : 'REGISTERED';
  return { status, taken };
}

/**
 * Builds the demo district as it stands at `today` (the load; tests pin it): two years of cases up to
 * then. `casesPerYear` scales the case load (about 5,000 in a real district). The same seed and day give
 * the same district.
 */
export function generateDistrict(seed = 2026, casesPerYear = 5000, today: Date = new Date()): District {
  const r = new Random(seed);
  const departments: SeedDepartment[] = [];
  const byCode = new Map<string, SeedDepartment>();
  for (const [code, name, kind, parentCode] of UNITS) {
    const unit: SeedDepartment = { id: stableId('department', code), code, name, kind, parentId: parentCode && byCode.get(parentCode)?.id };
    departments.push(unit);
    byCode.set(code, unit);
  }
  const government = byCode.get('D-QZF') as SeedDepartment;
  const townships: SeedDepartment[] = PLACES.map((place, i) => {
    const street = i < 24;
    const suffix = street ? '街道' : place.endsWith('区') ? '' : i % 5 === 0 ? '乡' : '镇';
    const code = `T-${String(i + 1).padStart(3, '0')}`;
    const name = place.endsWith('区') ? `${place}管委会` : `${place}${suffix}`;
    return {
      id: stableId('department', code),
      code,
      name,
      kind: street ? 'STREET' : 'TOWNSHIP',
      parentId: government.id,
      population: street ? r.int(30, 120) * 1000 + r.int(0, 999) : r.int(15, 60) * 1000 + r.int(0, 999),
    };
  });
  departments.push(...townships);

  const people: SeedPerson[] = [];
  const usedNames = new Set<string>();
  const personName = () => {
    for (;;) {
      const name = `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const addPerson = (unit: SeedDepartment, position: string, isLeader: boolean) => {
    const person = { id: stableId('person', unit.code, position), name: personName(), position, unitId: unit.id, isLeader };
    people.push(person);
    return person;
  };
  const districtCommittee = byCode.get('D-QW') as SeedDepartment;
  addPerson(districtCommittee, '区委书记', true);
  addPerson(districtCommittee, '区委副书记', true);
  addPerson(government, '区长', true);
  const viceMayors = ['常务副区长', '副区长（分管城建）', '副区长（分管农业）', '副区长（分管政法）'].map((p) => addPerson(government, p, true));
  for (const unit of departments.filter((d) => d.kind === 'DEPARTMENT')) {
    addPerson(unit, unit.code === 'D-LXB' ? '联席办主任' : '局长', true);
    addPerson(unit, '信访联络员', false);
  }
  const administrator = addPerson(byCode.get('D-XFJ') as SeedDepartment, '系统管理员', false);
  for (const unit of townships) {
    addPerson(unit, '党（工）委书记', true);
    addPerson(unit, unit.kind === 'STREET' ? '办事处主任' : '乡镇长', true);
    addPerson(unit, '信访专干', false);
  }

  // two years of cases, townships weighted by population, categories by how common they are
  const { from, until } = demoWindow(today);
  const span = until.getTime() - from.getTime();
  const townshipChoices = townships.map((t) => [t, t.population as number] as const);
  const townshipById = new Map(townships.map((t) => [t.id, t]));
  const categoryChoices = CATEGORIES.map((c) => [c, c[3]] as const);
  const categoryBySub = new Map(CATEGORIES.map((c) => [c[1], c]));
  const drafts = Array.from({ length: casesPerYear * DEMO_YEARS }, () => from.getTime() + Math.floor(r.next() * span)).sort((a, b) => a - b);
  const leaders = people.filter((p) => p.isLeader);
  const departmentIds = departments.filter((d) => d.kind === 'DEPARTMENT').map((d) => d.id);
  const lastByMatter = new Map<string, SeedCase>();
  const recent: SeedCase[] = [];
  const numbers = new Map<string, number>();
  const cases: SeedCase[] = drafts.map((registered, i) => {
    const channel = channelOf(r);
    const visit = channel === 'VISIT' || channel === 'LEADER_RECEPTION';
    const collective = visit && r.chance(0.1);
    const headCount = collective ? 5 + Math.floor(r.next() ** 3 * 51) : visit ? r.weighted([[1, 70], [2, 20], [3, 7], [4, 3]]) : 1;
    const levelVisited: VisitLevel =
      channel === 'VISIT'
        ? r.weighted<VisitLevel>([['DISTRICT', 82], ['CITY', 12], ['PROVINCE', 5], ['BEIJING', 1]])
        : channel === 'ASSIGNED_FROM_ABOVE'
          ? r.weighted<VisitLevel>([['CITY', 70], ['PROVINCE', 25], ['BEIJING', 5]])
          : 'DISTRICT';
    let township = r.weighted(townshipChoices);
    let category = r.weighted(categoryChoices);
    // about 18% repeat an earlier matter (同人同事): the same person, township and category
    const earlier = r.chance(0.18) ? lastByMatter.get(`${township.id}:${category[1]}`) ?? (recent.length ? r.pick(recent) : undefined) : undefined;
    if (earlier) {
      township = townshipById.get(earlier.townshipId) as SeedDepartment;
      category = categoryBySub.get(earlier.categorySub) as (typeof CATEGORIES)[number];
    }
    const [categoryMain, categorySub, leadCode, , complaint] = category;
    const matterKey = `${township.id}:${categorySub}`;
    const registeredAt = new Date(registered);
    const ruleSet = channel === 'PHONE' && r.chance(0.3) ? 'HOTLINE_12345' : 'NATIONAL';
    const plan = planCase(r, registeredAt, ruleSet === 'HOTLINE_12345');
    const { status, taken } = cutAt(plan, until);
    const { acceptedAt, assignedAt, signedForAt, repliedAt, reviewRequestedAt, reviewDecidedAt, reReviewRequestedAt, reReviewDecidedAt } = taken;
    const closedAt = status === 'NOT_ACCEPTED' ? taken.notAcceptedAt : taken.closedAt;
    // 属地: the township leads some local matters itself, and cooperates on many the departments lead
    const townshipLeads = TOWNSHIP_LED.has(categorySub) && r.chance(0.5);
    const year = cstDate(registeredAt).slice(0, 4);
    numbers.set(year, (numbers.get(year) ?? 0) + 1);
    const petitioners = earlier
      ? earlier.petitioners.slice(0, 1)
      : Array.from({ length: collective ? Math.min(5, headCount) : 1 }, () => ({
          name: `${r.pick(SURNAMES)}${r.pick(GIVEN)}`,
          idNumber: residentId(r, registeredAt),
          phone: `1${r.pick(['38', '39', '58', '86', '37', '51'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
          address: `${township.name}${r.pick(['幸福', '和平', '建设', '光明', '新华'])}${r.pick(['路', '街', '村'])}${r.int(1, 199)}号`,
        }));
    const matter: SeedCase = {
      id: stableId('case', seed, i),
      number: `XF${year}-${String(numbers.get(year)).padStart(6, '0')}`,
      channel,
      form: collective ? 'COLLECTIVE' : 'INDIVIDUAL',
      headCount,
      levelVisited,
      categoryMain,
      categorySub,
      townshipId: township.id,
      leadDepartmentId: ASSIGNED_STATUSES.has(status) ? (townshipLeads ? township.id : (byCode.get(leadCode) as SeedDepartment).id) : undefined,
      status,
      priority: r.weighted([['NORMAL', 85], ['URGENT', 12], ['VERY_URGENT', 3]] as const),
      summary: `${collective ? `${headCount}名群众联名` : ''}反映${township.name}${complaint}`,
      isRepeat: Boolean(earlier),
      repeatOfId: earlier?.id,
      registeredAt,
      closedAt,
      ruleSet,
      acceptedAt,
      assignedAt,
      signedForAt,
      repliedAt,
      satisfaction: CLOSED_STATUSES.has(status) ? r.weighted([['SATISFIED', 70], ['BASICALLY_SATISFIED', 22], ['DISSATISFIED', 8]] as const) : undefined,
      reviewRequestedAt,
      reviewDecidedAt,
      reReviewRequestedAt,
      reReviewDecidedAt,
      extensionDays: taken.extensionDays,
      extendedAt: taken.extendedAt,
      notAcceptedReason: status === 'NOT_ACCEPTED' ? '属于诉讼、仲裁等法定途径解决的事项' : undefined,
      redirectTo: status === 'NOT_ACCEPTED' ? '区人民法院' : undefined,
      leaderId: assignedAt && (collective || levelVisited !== 'DISTRICT') ? r.pick(leaders).id : undefined,
      petitioners,
      cooperatingUnitIds: [],
    };
    if (assignedAt) {
      const lead = matter.leadDepartmentId;
      const others = departmentIds.filter((id) => id !== lead);
      const cooperating: string[] = [];
      if (townshipLeads) cooperating.push((byCode.get(leadCode) as SeedDepartment).id);
      else if (r.chance(0.35)) cooperating.push(township.id);
      if (r.chance(0.2)) cooperating.push(r.pick(others), ...(r.chance(0.3) ? [r.pick(others)] : []));
      matter.cooperatingUnitIds = [...new Set(cooperating)].filter((id) => id !== lead);
    }
    lastByMatter.set(matterKey, matter);
    recent.push(matter);
    if (recent.length > 500) recent.shift();
    return matter;
  });

  const { meetings, agendaItems, decisions } = generateMeetings(r, cases, departments, viceMayors, until);
  const categories = CATEGORIES.map(([main, sub, leadCode]) => ({
    id: stableId('category', main, sub),
    main,
    sub,
    leadDepartmentId: (byCode.get(leadCode) as SeedDepartment).id,
  }));
  const personOf = (code: string, position: string) =>
    people.find((p) => p.unitId === byCode.get(code)?.id && p.position === position) as SeedPerson;
  const account = (username: string, person: SeedPerson, role: SeedAccount['role']): SeedAccount => ({
    id: stableId('account', username),
    username,
    personId: person.id,
    role,
  });
  const accounts: SeedAccount[] = [
    account('registrar', personOf('D-XFJ', '信访联络员'), 'REGISTRAR'),
    account('admin', administrator, 'ADMIN'),
    account('secretariat', personOf('D-LXB', '联席办主任'), 'SECRETARIAT'),
    account('evaluator', personOf('D-KHB', '局长'), 'EVALUATOR'),
    account('leader', viceMayors[0], 'LEADER'),
    ...departments
      .filter((d) => d.kind === 'DEPARTMENT' && d.code !== 'D-XFJ')
      .map((d) => account(`liaison-${d.code.toLowerCase()}`, personOf(d.code, '信访联络员'), 'LIAISON')),
    ...townships.map((t) =>
      account(`liaison-${t.code.toLowerCase()}`, people.find((p) => p.unitId === t.id && p.position === '信访专干') as SeedPerson, 'LIAISON'),
    ),
  ];
  const workingGroups: SeedWorkingGroup[] = [...new Set(CATEGORIES.map(([, , leadCode]) => leadCode))].map((leadCode) => {
    const lead = byCode.get(leadCode) as SeedDepartment;
    const topics = CATEGORIES.filter(([, , code]) => code === leadCode).map(([, sub]) => sub);
    return {
      id: stableId('working-group', leadCode),
      name: `${topics.slice(0, 3).join('、')}${topics.length > 3 ? '等' : ''}专项工作小组`,
      leadDepartmentId: lead.id,
      memberIds: [lead.id, (byCode.get('D-XFJ') as SeedDepartment).id, (byCode.get('D-LXB') as SeedDepartment).id],
    };
  });
  const office = byCode.get('D-LXB') as SeedDepartment;
  const jointMeeting: SeedJointMeeting = {
    id: stableId('joint-meeting'),
    name: '区信访工作联席会议',
    convenorId: viceMayors[0].id,
    officeUnitId: office.id,
    memberUnitIds: departments.filter((d) => d.kind === 'DEPARTMENT').map((d) => d.id),
    workingGroups: workingGroups.map((g) => ({ name: g.name, leadUnitId: g.leadDepartmentId, memberUnitIds: g.memberIds.filter((id) => id !== g.leadDepartmentId) })),
  };
  const screening = generateScreening(departments, cases, accounts, until);
  const { schemes, rankings, runs } = generateRankings(townships, cases, from, until, warnedCases(screening));
  const { rooms, busyTimes } = generateSchedulingData(viceMayors, until);
  return { accounts, workingGroups, departments, categories, people, cases, meetings, agendaItems, decisions, jointMeeting, rooms, busyTimes, schemes, rankings, runs, screening };
}

/** Four rooms, and the vice mayors' standing weekly meetings (每周一上午 区委常委会, ...). */
function generateSchedulingData(viceMayors: SeedPerson[], recordedAt: Date): { rooms: SeedRoom[]; busyTimes: SeedBusyTime[] } {
  const rooms = (
    [
      ['区委一楼大会议室', 60],
      ['区政府二楼第二会议室', 40],
      ['区信访局会商室', 24],
      ['联席办小会议室', 12],
    ] as const
  ).map(([name, seats]) => ({ id: stableId('room', name), name, seats }));
  const weekly = (leader: SeedPerson, reason: string, weekday: number, startTime: string, endTime: string): SeedBusyTime => ({
    id: stableId('busy-time', leader.id, reason, String(weekday)),
    subjectKind: 'PERSON',
    subjectId: leader.id,
    reason,
    weekday,
    startTime,
    endTime,
    createdAt: recordedAt,
  });
  const busyTimes = [
    ...viceMayors.map((leader) => weekly(leader, '区委常委会', 1, '08:30', '12:00')),
    weekly(viceMayors[0]!, '区政府常务会议', 3, '14:30', '17:30'),
    weekly(viceMayors[3]!, '政法委例会', 4, '08:30', '12:00'),
  ];
  return { rooms, busyTimes };
}

/** The day of a regular session in a month: the 18th, or the first weekday after it. */
function sessionDay(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 18));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The regular session that is next after the load: always the 30th, so the README can name it. */
const NEXT_SESSION = 30;

function generateMeetings(r: Random, cases: SeedCase[], departments: SeedDepartment[], leaders: SeedPerson[], today: Date) {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const meetings: SeedMeeting[] = [];
  const agendaItems: SeedAgendaItem[] = [];
  const decisions: SeedDecision[] = [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  // monthly regular sessions over the demo's two years, the next one after the load still to come
  const todayDay = cstDate(today);
  const [year, month] = todayDay.split('-').map(Number);
  const regular: string[] = [];
  for (let back = DEMO_YEARS * 12 - 1; back >= -1; back--) {
    const day = sessionDay(year, month - 1 - back);
    if (day > todayDay) {
      regular.push(day);
      break;
    }
    regular.push(day);
  }
  const sessions: [number | undefined, string, string][] = regular.map((day, i) => {
    const number = NEXT_SESSION - (regular.length - 1 - i);
    return [number, `第${chineseNumber(number)}次信访联席工作会议`, day];
  });
  // extra sessions before sensitive periods (两会 in March, National Day) that fell in the two years
  for (let y = year - DEMO_YEARS; y <= year; y++) {
    for (const [title, day] of [['全国两会期间信访稳定专题联席会议', `${y}-02-26`], ['国庆节前信访稳定专题联席会议', `${y}-09-24`]]) {
      if (day > cstDate(cases[0]?.registeredAt ?? today) && day < todayDay) sessions.push([undefined, title, day]);
    }
  }
  const hard = cases.filter((c) => c.leadDepartmentId && (c.form === 'COLLECTIVE' || c.levelVisited !== 'DISTRICT' || c.isRepeat));
  const sorted = sessions.sort((a, b) => a[2].localeCompare(b[2]));
  const lastHeld = sorted.filter(([, , day]) => day < todayDay).length - 1;
  for (const [index, [sessionNumber, title, heldOn]] of sorted.entries()) {
    const held = heldOn < todayDay;
    const startsAt = new Date(`${heldOn}T09:00:00+08:00`);
    const meeting: SeedMeeting = {
      id: stableId('meeting', heldOn, title),
      sessionNumber,
      title,
      kind: sessionNumber ? 'REGULAR' : 'EXTRA',
      // the minutes of every session but the last one held are out
      status: held ? (index < lastHeld ? 'MINUTES_PUBLISHED' : 'HELD') : 'SCHEDULED',
      heldOn,
      subject: sessionNumber ? undefined : title.replace(/专题联席会议$/, ''),
      startsAt: held ? startsAt : undefined,
      endsAt: held ? new Date(startsAt.getTime() + 2.5 * 3_600_000) : undefined,
    };
    if (meeting.status === 'MINUTES_PUBLISHED') {
      meeting.minutesPublishedAt = new Date(startsAt.getTime() + 3 * DAY);
    }
    meetings.push(meeting);
    const day = new Date(`${heldOn}T00:00:00+08:00`).getTime();
    const candidates = hard.filter((c) => c.registeredAt.getTime() < day && c.registeredAt.getTime() > day - 90 * DAY);
    const itemCount = Math.min(candidates.length, r.int(4, 6));
    const taken = new Set<string>();
    for (let position = 1; position <= itemCount; position++) {
      const main = candidates.filter((c) => !taken.has(c.id))[r.int(0, candidates.length - taken.size - 1)];
      if (!main) break;
      // cases of the same category from the same township come up together
      const related = candidates
        .filter((c) => c.id !== main.id && !taken.has(c.id) && c.townshipId === main.townshipId && c.categorySub === main.categorySub)
        .slice(0, 2);
      const about = [main, ...related];
      for (const c of about) taken.add(c.id);
      const lead = names.get(main.leadDepartmentId as string);
      // decisions fall due on a China-time day, like every deadline
      const deadline = cstDate(new Date(day + 30 * DAY));
      const owner = held ? r.pick(leaders) : undefined;
      const item: SeedAgendaItem = {
        id: stableId('agenda-item', meeting.id, position),
        meetingId: meeting.id,
        position,
        title: `研究${names.get(main.townshipId)}${main.categorySub}问题${about.length > 1 ? `（${about.length}件）` : ''}`,
        decision: owner
          ? `由${lead}牵头，${names.get(main.townshipId)}配合，${owner.name}包案，${deadline}前办结`
          : undefined,
        caseIds: about.map((c) => c.id),
      };
      agendaItems.push(item);
      if (owner) {
        // the session confirms who leads and cooperates (the case's units); carried out when the case is
        // replied to by the deadline, or, for every other item not replied to in time, on the office's evidence
        const decided = byId.get(main.id) as SeedCase;
        const due = new Date(`${deadline}T23:59:59.999+08:00`);
        const late = !decided.repliedAt || decided.repliedAt > due;
        const evidence = late && due < today && position % 2 === 0;
        decisions.push({
          id: stableId('decision', item.id, main.id),
          agendaItemId: item.id,
          caseId: main.id,
          leadUnitId: decided.leadDepartmentId as string,
          cooperatingUnitIds: decided.cooperatingUnitIds,
          ownerLeaderId: owner.id,
          handlerName: `${lead}分管负责同志`,
          deadline,
          recordedAt: new Date(startsAt.getTime() + 2.5 * 3_600_000),
          evidence: evidence ? '已召开专题协调会，与信访人达成化解协议并履行完毕' : undefined,
          evidenceAt: evidence ? new Date(due.getTime() - 2 * DAY) : undefined,
        });
      }
    }
  }
  // the session after next is on the list, not yet fixed in time; a special session called off
  const [nextYear, nextMonth] = regular[regular.length - 1].split('-').map(Number);
  const planned = sessionDay(nextYear, nextMonth);
  meetings.push({
    id: stableId('meeting', planned, NEXT_SESSION + 1),
    sessionNumber: NEXT_SESSION + 1,
    title: `第${chineseNumber(NEXT_SESSION + 1)}次信访联席工作会议`,
    kind: 'REGULAR',
    status: 'PLANNED',
    heldOn: planned,
  });
  const calledOff = `${year}-06-22`;
  if (calledOff < todayDay && calledOff > cstDate(cases[0]?.registeredAt ?? today)) {
    meetings.push({
      id: stableId('meeting', calledOff, '汛期'),
      title: '汛期信访稳定专题联席会议',
      subject: '汛期信访稳定',
      kind: 'EXTRA',
      status: 'CANCELLED',
      heldOn: calledOff,
      cancelReason: '与区防汛工作会议冲突，议题并入下次例会研究',
      cancelledAt: new Date(`${year}-06-19T10:00:00+08:00`),
    });
  }
  return { meetings, agendaItems, decisions };
}

/** The demo version of 党办〔2024〕25号: several rule kinds, as a district's assessment office would enter it. */
export const DEMO_SCHEME_DEFINITION: SchemeDefinition = parseDefinition({
  baseScore: 100,
  floor: 60,
  rewardCount: 20,
  keyManagementCount: 5,
  rules: [
    { kind: 'VETO', id: 'beijing', title: '进京访一票否决', metric: 'skipLevelBeijing', op: 'GT', threshold: 0, effect: 'RANK_LAST' },
    { kind: 'DEDUCTION', id: 'collective', title: '集体访扣分', metric: 'collectiveVisits', points: 3, halvedWhenWarned: true, multipliers: [{ whenAlso: 'repeatPetitions', factor: 2 }] },
    { kind: 'DEDUCTION', id: 'city', title: '到市访扣分', metric: 'skipLevelCity', points: 2, halvedWhenWarned: true },
    { kind: 'DEDUCTION', id: 'province', title: '赴省访扣分', metric: 'skipLevelProvince', points: 5, halvedWhenWarned: true },
    { kind: 'DEDUCTION', id: 'repeat', title: '重复访扣分', metric: 'repeatPetitions', points: 0.5, cap: 10 },
    { kind: 'CHANGE', id: 'volume-change', title: '信访总量同比', metric: 'cases', pointsPerPercent: 0.05, cap: 3 },
    { kind: 'RANK_BONUS', id: 'volume-rank', title: '信访总量万人比名次加分', metric: 'cases', order: 'LOWEST', perCapita: true, awards: [5, 4, 3, 2, 1] },
  ],
});

/**
 * Quarterly township rankings under the demo scheme, computed by the assessment engine (`prepare`,
 * `score`, `monteCarlo` of @lianban/assessment) from each township's counts of the quarter, counted as the
 * cases subgraph's `assessmentFacts` counts them (registered in the quarter, China time). Only quarters the
 * demo covers in full, published on the 15th after they end, before the load.
 */
/**
 * The visits each unit warned of beforehand, by unit: warnings the bureau matched to a visit registered after
 * the warning was filed, as the screening subgraph's `reportingFacts` reports them (`warnedCaseIds`).
 */
function warnedCases(screening: SeedScreening): Map<string, Set<string>> {
  const warned = new Map<string, Set<string>>();
  for (const w of screening.warnings) {
    if (!w.matchedCaseId || !w.visitRegisteredAt || w.filedAt >= w.visitRegisteredAt) continue;
    warned.set(w.unitId, (warned.get(w.unitId) ?? new Set()).add(w.matchedCaseId));
  }
  return warned;
}

function generateRankings(townships: SeedDepartment[], cases: SeedCase[], from: Date, today: Date, warned: Map<string, Set<string>>) {
  const scheme: SeedScheme = {
    id: stableId('scheme', '党办〔2024〕25号', 1),
    documentNumber: '党办〔2024〕25号',
    name: '乡镇（街道）信访工作考核办法',
    issuingBody: '中共区委办公室',
    schemeVersion: 1,
    periodKind: 'QUARTER',
    unitScope: 'TOWNSHIPS',
    validFrom: '2024-Q1',
    status: 'PUBLISHED',
    definition: DEMO_SCHEME_DEFINITION,
    publishedAt: new Date('2024-03-01T00:00:00+08:00'),
  };
  const rankings: SeedRanking[] = [];
  const runs: SeedRun[] = [];
  const byUnitAndPeriod = new Map<string, SeedCase[]>();
  for (const c of cases) {
    const key = `${c.townshipId}:${quarterOf(c.registeredAt)}`;
    byUnitAndPeriod.set(key, [...(byUnitAndPeriod.get(key) ?? []), c]);
  }
  const lastYear = (period: string) => {
    const [year, q] = period.split('-Q');
    return `${Number(year) - 1}-Q${q}`;
  };
  const periods = [...new Set(cases.map((c) => quarterOf(c.registeredAt)))].sort();
  let previous = new Map<string, number>();
  for (const period of periods) {
    const [year, q] = period.split('-Q').map(Number);
    const startsAt = new Date(`${year}-${String(q * 3 - 2).padStart(2, '0')}-01T00:00:00+08:00`);
    const publishedAt = new Date(`${q === 4 ? year + 1 : year}-${String(q === 4 ? 1 : q * 3 + 1).padStart(2, '0')}-15T00:00:00+08:00`);
    if (startsAt < from || publishedAt >= today) continue;
    const inputs: UnitInput[] = townships.map((t) => {
      const own = byUnitAndPeriod.get(`${t.id}:${period}`) ?? [];
      const before = byUnitAndPeriod.get(`${t.id}:${lastYear(period)}`) ?? [];
      const fact = (pick: (c: SeedCase) => boolean) => {
        const picked = own.filter(pick).map((c) => ({ id: c.id, number: c.number, persons: c.headCount }));
        return { value: picked.length, persons: picked.reduce((n, c) => n + c.persons, 0), lastYearValue: before.filter(pick).length, cases: picked };
      };
      return {
        unitId: t.id,
        name: t.name,
        population: t.population,
        warnedCaseIds: new Set([...(warned.get(t.id) ?? [])].filter((id) => own.some((c) => c.id === id))),
        facts: {
          cases: fact(() => true),
          collectiveVisits: fact((c) => c.form === 'COLLECTIVE'),
          skipLevelCity: fact((c) => c.levelVisited === 'CITY'),
          skipLevelProvince: fact((c) => c.levelVisited === 'PROVINCE'),
          skipLevelBeijing: fact((c) => c.levelVisited === 'BEIJING'),
          repeatPetitions: fact((c) => c.isRepeat),
        },
      };
    });
    const prepared = prepare(DEMO_SCHEME_DEFINITION, inputs);
    const scored = score(prepared);
    const robustness = new Map(monteCarlo(prepared, scored, { runs: 200, seed: 20240301, jitter: 0.2 }).map((r) => [r.unitId, r]));
    const runId = stableId('run', scheme.id, period);
    const units: RunUnit[] = scored.map((unit) => ({ ...unit, group: 'TOWNSHIPS' as RunUnit['group'], previousRank: previous.get(unit.unitId) ?? null, robustness: robustness.get(unit.unitId) }));
    runs.push({ id: runId, schemeId: scheme.id, period, units, publishedAt });
    for (const unit of units) {
      rankings.push({
        id: stableId('ranking', scheme.id, period, unit.unitId),
        schemeId: scheme.id,
        period,
        unitId: unit.unitId,
        score: unit.score,
        rank: unit.rank,
        rankedUnits: unit.rankedUnits,
        vetoed: unit.vetoes.length > 0,
        publishedAt,
        runId,
        inRewardGroup: unit.inRewardGroup,
        inKeyManagementGroup: unit.inKeyManagementGroup,
        previousRank: unit.previousRank ?? undefined,
      });
    }
    previous = new Map(units.map((u) => [u.unitId, u.rank]));
  }
  return { schemes: [scheme], rankings, runs };
}
