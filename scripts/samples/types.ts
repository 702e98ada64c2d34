import type ExcelJS from 'exceljs';
import type { Expected } from './expected';

/** One generated sample: the workbook, what the checker must find, and what was planted. */
export interface Sample {
  /** File base name in `examples/` (public: README and tests use it). */
  name: string;
  /** One line saying what the workbook is. */
  title: string;
  workbook: ExcelJS.Workbook;
  /** Sheet names in workbook order. */
  sheets: string[];
  expected: Expected;
  /** Human-readable list of what was planted (for examples/SAMPLES.md). */
  plants: string[];
}
