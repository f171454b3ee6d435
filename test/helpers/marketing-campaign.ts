/** The roles a test names for marketing_campaign.csv's customer columns: id, birth year, education, marital status, income. */
export const MARKETING_CAMPAIGN_ROLES = {
  customerId: 'ID',
  birthYear: 'Year_Birth',
  education: 'Education',
  maritalStatus: 'Marital_Status',
  income: 'Income',
};
