/** One model's part of the report's method section: the lead sentence, the settings as [label, HTML] rows, and any detail (HTML). */
export interface MethodPart {
  lead: string;
  params: [string, string][];
  detail: string;
}
