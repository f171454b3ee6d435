/** Column kinds of the UCI Online Retail data, the same in its CSV and its XLSX sample. */
export const ONLINE_RETAIL_KINDS = {
  InvoiceNo: 'id',
  StockCode: 'id',
  Description: 'text',
  Quantity: 'integer',
  InvoiceDate: 'datetime',
  UnitPrice: 'decimal',
  CustomerID: 'integer',
  Country: 'category',
};
