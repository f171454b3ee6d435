import type { ColumnKind } from '../../../shared/column-spec';
import { rolesFor, type DatasetKind, type KindDecision, type Role, type RoleMapping } from '../../../shared/roles';

export interface ColumnFacts {
  name: string;
  kind: ColumnKind;
  /** Non-empty cells. */
  filled: number;
  /** Fewer than two distinct values. */
  constant: boolean;
  /** Some value occurs more than once (read only for the customer-id candidate). */
  readonly repeats: boolean;
}

const NUMERIC: ColumnKind[] = ['integer', 'decimal'];
const TEMPORAL: ColumnKind[] = ['date', 'datetime'];
const LABEL: ColumnKind[] = ['category', 'text', 'id', 'boolean'];
const KEY: ColumnKind[] = ['id', 'integer', 'text', 'category'];

/** Header names (normalised: lower case, no spaces, _ - . or brackets) in English and Chinese, best first. */
const NAMES: Record<Role, { kinds: ColumnKind[]; names: string[] }> = {
  customerId: {
    kinds: KEY,
    names: [
      'customerid',
      'customer',
      'custid',
      'clientid',
      'memberid',
      'userid',
      'buyerid',
      'customerno',
      '客户id',
      '客户编号',
      '客户号',
      '会员号',
      '会员id',
      '会员编号',
      '用户id',
      '买家id',
      '顾客id',
      '客户',
      'id',
    ],
  },
  orderId: {
    kinds: KEY,
    names: [
      'orderid',
      'invoiceno',
      'invoice',
      'orderno',
      'ordernumber',
      'transactionid',
      'receiptno',
      '订单号',
      '订单编号',
      '单号',
      '交易号',
      '订单id',
    ],
  },
  orderDate: {
    kinds: TEMPORAL,
    names: [
      'orderdate',
      'invoicedate',
      'purchasedate',
      'transactiondate',
      'date',
      'orderdatetime',
      'createdat',
      'created',
      '下单时间',
      '订单日期',
      '订单创建时间',
      '下单日期',
      '购买日期',
      '交易时间',
      '交易日期',
      '日期',
      '时间',
    ],
  },
  amount: {
    kinds: NUMERIC,
    names: [
      'amount',
      'revenue',
      'sales',
      'totalamount',
      'total',
      'payment',
      'paid',
      'dollarvalue',
      'value',
      'ordervalue',
      '实付金额',
      '买家实际支付金额',
      '实际支付金额',
      '支付金额',
      '金额',
      '销售额',
      '消费金额',
      '订单金额',
      '总金额',
    ],
  },
  quantity: {
    kinds: NUMERIC,
    names: ['quantity', 'qty', 'units', 'numberofcds', 'count', 'items', '数量', '件数', '购买数量'],
  },
  unitPrice: { kinds: NUMERIC, names: ['unitprice', 'price', 'itemprice', '单价', '价格', '商品单价'] },
  category: {
    kinds: LABEL,
    names: ['category', 'productcategory', 'productline', 'department', '品类', '类别', '商品类别', '类目', '商品分类'],
  },
  channel: {
    kinds: LABEL,
    names: ['channel', 'saleschannel', 'source', 'platform', 'store', '渠道', '来源', '平台', '销售渠道'],
  },
  gender: { kinds: LABEL, names: ['gender', 'sex', 'genre', '性别'] },
  age: { kinds: NUMERIC, names: ['age', '年龄'] },
  birthYear: { kinds: NUMERIC, names: ['yearbirth', 'birthyear', 'yearofbirth', '出生年份', '出生年'] },
  income: { kinds: NUMERIC, names: ['income', 'annualincome', 'annualincomek$', 'salary', '收入', '年收入', '月收入'] },
  city: { kinds: LABEL, names: ['city', 'town', '城市', '所在城市'] },
  province: { kinds: LABEL, names: ['province', 'state', 'region', '省份', '省', '地区', '收货地址'] },
  country: { kinds: LABEL, names: ['country', 'nation', '国家'] },
  education: { kinds: LABEL, names: ['education', 'educationlevel', '学历', '教育程度'] },
  occupation: { kinds: LABEL, names: ['occupation', 'job', 'profession', '职业'] },
  maritalStatus: { kinds: LABEL, names: ['maritalstatus', 'marital', 'married', '婚姻状况', '婚姻'] },
  signupDate: {
    kinds: TEMPORAL,
    names: [
      'signupdate',
      'dtcustomer',
      'joindate',
      'registered',
      'registrationdate',
      'customersince',
      '注册时间',
      '注册日期',
      '入会时间',
      '开卡日期',
    ],
  },
  recency: {
    kinds: NUMERIC,
    names: ['recency', 'recencydays', 'dayssincelastpurchase', '最近消费间隔', '最近一次消费'],
  },
  lastPurchase: {
    kinds: TEMPORAL,
    names: [
      'mostrecentvisit',
      'lastpurchase',
      'lastpurchasedate',
      'lastorderdate',
      'lastorder',
      '最近购买日期',
      '最后购买时间',
      '最近消费时间',
    ],
  },
  orderCount: {
    kinds: NUMERIC,
    names: [
      'numberoforders',
      'ordercount',
      'orders',
      'frequency',
      'numberofpurchases',
      '订单数',
      '购买次数',
      '消费次数',
    ],
  },
  revenue: {
    kinds: NUMERIC,
    names: ['revenue', 'totalrevenue', 'monetary', 'totalspend', 'totalamount', '消费总额', '累计消费', '总消费'],
  },
};

export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.()（）:：/]+/g, '');
}

/**
 * How well a column's header and type fit a role: 100 − rank for the header itself, 50 − rank
 * for a header that contains a name. A constant column (Z_Revenue is always 11) means nothing
 * per customer, unless its header says exactly what it is: a one-day file's order date, a
 * one-customer file's customer id.
 */
function score(role: Role, column: ColumnFacts): number {
  const spec = NAMES[role];
  if (!spec.kinds.includes(column.kind)) return 0;
  const name = normaliseHeader(column.name);
  const exact = spec.names.indexOf(name);
  if (exact >= 0) return 100 - exact;
  if (column.constant) return 0;
  const partial = spec.names.findIndex(
    (n) => n.length >= 2 && (name.includes(n) || (n.length >= 4 && n.includes(name) && name.length >= 4)),
  );
  return partial >= 0 ? 50 - partial : 0;
}

/**
 * The kind of a file and why. Customer ids that repeat are order lines. Ids that occur once are
 * still order lines when order dates come with amounts or order ids (every customer ordered
 * once) — unless the date column is better read as a customer's last purchase or signup.
 */
function guessKind(columns: readonly ColumnFacts[], roles: RoleMapping): { kind: DatasetKind; why: KindDecision } {
  const id = columns.find((c) => c.name === roles.customerId);
  if (id?.repeats) return { kind: 'transactions', why: { reason: 'idsRepeat', columns: [id.name] } };
  const date = columns.find((c) => c.name === roles.orderDate);
  const ordered =
    date && score('orderDate', date) > Math.max(score('lastPurchase', date), score('signupDate', date))
      ? (roles.amount ?? roles.orderId)
      : undefined;
  if (date && ordered) return { kind: 'transactions', why: { reason: 'orderColumns', columns: [date.name, ordered] } };
  return {
    kind: 'customers',
    why: id ? { reason: 'idsUnique', columns: [id.name] } : { reason: 'noOrders', columns: [] },
  };
}

/**
 * Roles of a file without a header (column_1 …), told by what its columns hold: the customer id
 * is the first id column whose values repeat, the order date the first date column, the
 * quantity the first whole-number column and the amount the last decimal one — the order lines
 * of a shop system's plain export (CDNOW's: id, id, date, CDs, dollars).
 */
function byContent(columns: readonly ColumnFacts[], roles: RoleMapping): RoleMapping {
  const used = new Set(Object.values(roles));
  const free = columns.filter((c) => !used.has(c.name) && !c.constant);
  const take = (role: Role, column: ColumnFacts | undefined) => {
    if (roles[role] || !column) return;
    roles[role] = column.name;
    free.splice(free.indexOf(column), 1);
  };
  take(
    'customerId',
    free.find((c) => c.kind === 'id' && c.repeats),
  );
  take(
    'orderDate',
    free.find((c) => TEMPORAL.includes(c.kind)),
  );
  take(
    'amount',
    free.findLast((c) => c.kind === 'decimal'),
  );
  take(
    'quantity',
    free.find((c) => c.kind === 'integer'),
  );
  return roles;
}

/**
 * Suggests what each column means from its header (English or Chinese) and type — or, for a
 * file without a header, from what its columns hold (see byContent) — and whether a row is an
 * order line or a customer (see guessKind), saying why. Each role gets at most one column and
 * each column one role. A chosen kind keeps the file's reason when the file points to it too
 * (judged with the roles as mapped, `chosen`, over the suggested ones: the wizard sends the kind
 * it showed); the reason is `chosen` only for a kind against the file.
 */
export function suggestRoles(
  columns: readonly ColumnFacts[],
  kind?: DatasetKind,
  chosen: RoleMapping = {},
  headerless = false,
): { kind: DatasetKind; roles: RoleMapping; why: KindDecision } {
  const assign = (k: DatasetKind): RoleMapping => {
    const candidates: { role: Role; column: string; score: number }[] = [];
    for (const role of rolesFor(k)) {
      for (const column of columns) {
        const s = score(role, column);
        if (s > 0) candidates.push({ role, column: column.name, score: s });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    const roles: RoleMapping = {};
    const used = new Set<string>();
    for (const c of candidates) {
      if (roles[c.role] || used.has(c.column)) continue;
      roles[c.role] = c.column;
      used.add(c.column);
    }
    return roles;
  };
  const asTransactions = headerless ? byContent(columns, assign('transactions')) : assign('transactions');
  if (kind) {
    const guess = guessKind(columns, { ...asTransactions, ...chosen });
    const roles = kind === 'transactions' ? asTransactions : assign(kind);
    return { kind, roles, why: guess.kind === kind ? guess.why : { reason: 'chosen', columns: [] } };
  }
  const { kind: guess, why } = guessKind(columns, asTransactions);
  return { kind: guess, roles: guess === 'transactions' ? asTransactions : assign('customers'), why };
}
