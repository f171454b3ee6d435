/** The column names of the Tmall orders report (tmall_order_report.csv and its GBK copy), as read: headers trimmed. */
export const TMALL_ORDER_COLUMNS = [
  '订单编号',
  '总金额',
  '买家实际支付金额',
  '收货地址',
  '订单创建时间',
  '订单付款时间',
  '退款金额',
];
