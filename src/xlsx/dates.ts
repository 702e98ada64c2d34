/** Excel serial dates (1900 system unless the workbook says 1904). */

const DAY_MS = 86_400_000;

/** An Excel serial date as a UTC Date (time of day kept), as exceljs converts it. */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** A Date (UTC) as an Excel serial number. */
export function dateToSerial(d: Date, date1904 = false): number {
  return d.getTime() / DAY_MS + 25569 - (date1904 ? 1462 : 0);
}
