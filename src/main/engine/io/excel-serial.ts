/**
 * An Excel date serial as calendar text ("YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", to the
 * second), for the 1900 date system (with Excel's phantom 1900-02-29, serial 60) or the 1904
 * one. Pure arithmetic: no Date parsing, no time zone.
 */
export function excelSerialText(serial: number, date1904: boolean): string {
  let days: number;
  if (date1904) days = serial - 24107;
  else days = serial >= 61 ? serial - 25569 : serial - 25568;
  const seconds = Math.round(days * 86400);
  const d = new Date(seconds * 1000);
  const iso = d.toISOString();
  return seconds % 86400 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
