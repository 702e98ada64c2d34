/**
 * The words offices use, as data: sheet names and column headings per kind of table.
 * Patterns are compared with `headerKey` (no diacritics, lower case, punctuation as
 * spaces) on whole words, so `TỶ LỆ\n(%)` and `Ty le` both match `ty le`.
 */

export const TABLE_KINDS = ['units', 'members', 'turnout', 'criteria', 'nominees'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface FieldSpec {
  /** Headings (headerKey form); the longest one that matches wins between fields. */
  patterns: string[];
  /** Headings containing one of these are never this field. */
  exclude?: string[];
}

export type FieldName =
  | 'seq'
  | 'name'
  | 'kind'
  | 'category'
  | 'parent'
  | 'birthDate'
  | 'position'
  | 'unit'
  | 'workplace'
  | 'voted'
  | 'registered'
  | 'rate'
  | 'reelection'
  | 'additional'
  | 'completedDate'
  | 'scheduledDate'
  | 'awardForm'
  | 'achievement'
  | 'dossierDate';

const SEQ: FieldSpec = { patterns: ['stt', 'tt', 'so tt', 'so thu tu'] };
const BIRTH: FieldSpec = {
  patterns: ['ngay sinh', 'ngay thang nam sinh', 'nam sinh', 'sinh ngay'],
};
const POSITION: FieldSpec = {
  patterns: ['chuc vu', 'chuc danh', 'chuc vu don vi cong tac', 'chuc vu noi cong tac'],
};
const CATEGORY: FieldSpec = {
  patterns: ['loai don vi', 'cap', 'cap don vi', 'loai', 'phan loai', 'khoi'],
  exclude: ['cap tren', 'khen thuong'],
};

export interface KindSpec {
  /** Sheet-name words that hint at this kind. */
  sheetNames: string[];
  fields: Partial<Record<FieldName, FieldSpec>>;
  /** Fields that must be found for a sheet to be this kind. */
  required: FieldName[][];
  /** The field that identifies a row; rows without it are not data. */
  key: FieldName;
}

export const VOCABULARY: Record<TableKind, KindSpec> = {
  units: {
    sheetNames: ['don vi', 'danh sach don vi', 'ds don vi', 'co so', 'cdcs'],
    fields: {
      seq: SEQ,
      name: {
        patterns: ['ten don vi', 'don vi', 'ten co quan', 'co quan don vi', 'ten cdcs', 'cong doan co so'],
        exclude: ['cap tren', 'de nghi'],
      },
      category: CATEGORY,
      parent: { patterns: ['don vi cap tren', 'cap tren', 'truc thuoc', 'cap tren truc tiep'] },
    },
    required: [
      ['name', 'category'],
      ['name', 'parent'],
    ],
    key: 'name',
  },
  members: {
    sheetNames: ['doan vien', 'danh sach cbgvnv', 'cbgvnv', 'ds doan vien', 'can bo', 'thanh vien', 'cu tri', 'nhan su'],
    fields: {
      seq: SEQ,
      name: { patterns: ['ho va ten', 'ho ten', 'ho va ten doan vien', 'ten doan vien', 'ho va ten cu tri'] },
      birthDate: BIRTH,
      position: POSITION,
      unit: {
        patterns: ['don vi', 'cong doan co so', 'cdcs', 'to cong doan', 'noi cong tac', 'don vi cong tac', 'truong', 'co quan'],
        exclude: ['cap tren', 'de nghi'],
      },
      voted: {
        patterns: ['da bo phieu', 'di bau', 'da bau', 'da di bau', 'bo phieu', 'tham gia bau cu', 'di bau cu', 'da bau cu'],
        exclude: ['ty le', 'ti le', 'so cu tri'],
      },
    },
    required: [['name', 'voted']],
    key: 'name',
  },
  turnout: {
    sheetNames: ['cu tri', 'ty le cu tri', 'ket qua bau cu', 'ti le cu tri', 'bau cu', 'ket qua'],
    fields: {
      seq: SEQ,
      unit: {
        patterns: [
          'don vi',
          'ten don vi',
          'dia phuong',
          'xa phuong thi tran',
          'xa phuong',
          'huyen thanh pho',
          'khu vuc bo phieu',
          'to bau cu',
          'don vi bau cu',
          'thon to dan pho',
          'co so',
          'cdcs',
        ],
        exclude: ['cap tren', 'de nghi'],
      },
      category: CATEGORY,
      registered: {
        patterns: [
          'so cu tri',
          'tong so cu tri',
          'cu tri',
          'so cu tri trong danh sach',
          'cu tri trong danh sach',
          'tong so',
          'tong so doan vien',
          'so doan vien',
        ],
        exclude: ['bo phieu', 'di bau', 'ty le', 'ti le', 'bau lai', 'bau them', 'da bau', 'tham gia', 'phieu'],
      },
      voted: {
        patterns: [
          'so cu tri da bo phieu',
          'so cu tri di bau',
          'da bo phieu',
          'di bau',
          'so nguoi di bau',
          'cu tri da bo phieu',
          'da bau',
          'so cu tri da bau',
          'so phieu phat ra',
          'bo phieu',
        ],
        exclude: ['ty le', 'ti le', 'ngay', 'thoi gian'],
      },
      rate: { patterns: ['ty le', 'ti le', 'ty le cu tri di bau', 'ty le di bau', 'ty le cu tri da bo phieu'] },
      reelection: { patterns: ['bau lai', 'phai bau lai', 'to chuc bau lai'] },
      additional: { patterns: ['bau them', 'phai bau them', 'to chuc bau them'] },
      completedDate: {
        patterns: [
          'ngay hoan thanh',
          'hoan thanh',
          'ngay ket thuc',
          'thoi gian hoan thanh',
          'ngay ket thuc bau cu',
          'ket thuc bau cu',
          'thoi gian ket thuc',
        ],
        exclude: ['ke hoach', 'quy dinh', 'thoi han', 'du kien'],
      },
      scheduledDate: {
        patterns: [
          'ngay theo ke hoach',
          'ke hoach',
          'thoi han',
          'thoi han hoan thanh',
          'ngay quy dinh',
          'theo quy dinh',
          'du kien',
          'han hoan thanh',
        ],
      },
    },
    required: [
      ['unit', 'registered', 'voted'],
      ['unit', 'registered', 'rate'],
      ['unit', 'voted', 'rate'],
    ],
    key: 'unit',
  },
  criteria: {
    sheetNames: ['tieu chi', 'cham diem', 'danh gia', 'tieu chuan'],
    fields: {
      seq: SEQ,
      unit: {
        patterns: ['don vi', 'ten don vi', 'tap the', 'ten tap the', 'ho va ten', 'ho ten', 'ten', 'dia phuong', 'xa phuong thi tran'],
        exclude: ['cap tren', 'de nghi'],
      },
    },
    required: [['unit']],
    key: 'unit',
  },
  nominees: {
    sheetNames: ['de nghi khen thuong', 'danh sach khen thuong', 'ds de nghi', 'khen thuong', 'de nghi', 'ds so nganh', 'ds huyen', 'ds'],
    fields: {
      seq: SEQ,
      name: {
        patterns: [
          'ho va ten',
          'ho ten',
          'ten tap the',
          'ten tap the ca nhan',
          'ho ten ten tap the',
          'ho va ten ten tap the',
          'tap the ca nhan de nghi',
          'ten tap the hoac ca nhan',
          'ten tap the va ca nhan',
          'tap the ca nhan duoc de nghi',
        ],
      },
      kind: { patterns: ['tap the ca nhan', 'doi tuong', 'loai', 'tap the hay ca nhan', 'phan loai'], exclude: ['ten', 'ho'] },
      birthDate: BIRTH,
      position: POSITION,
      unit: {
        patterns: ['don vi de nghi', 'co quan de nghi', 'don vi trinh', 'noi de nghi', 'don vi de xuat', 'co quan don vi de nghi'],
      },
      workplace: {
        patterns: ['don vi', 'don vi cong tac', 'noi cong tac', 'co quan', 'co quan don vi'],
        exclude: ['de nghi', 'trinh', 'de xuat', 'cap tren'],
      },
      awardForm: {
        patterns: [
          'hinh thuc khen thuong',
          'hinh thuc',
          'hinh thuc de nghi',
          'hinh thuc de nghi khen thuong',
          'muc khen thuong',
          'loai khen thuong',
          'danh hieu hinh thuc',
        ],
      },
      achievement: {
        patterns: [
          'tom tat thanh tich',
          'thanh tich',
          'thanh tich dat duoc',
          'noi dung thanh tich',
          'tom tat thanh tich dat duoc',
          'ban tom tat thanh tich',
        ],
      },
      dossierDate: {
        patterns: ['ngay nop ho so', 'ngay nop', 'ngay gui ho so', 'ngay trinh', 'ngay nhan ho so', 'ngay gui', 'ngay nop ho so de nghi'],
      },
    },
    required: [
      ['name', 'awardForm'],
      ['name', 'achievement'],
      ['name', 'kind'],
    ],
    key: 'name',
  },
};

/** Words that start the signature block or notes under a table: the table ends there. */
export const END_OF_TABLE_PATTERNS: RegExp[] = [
  /^nguoi lap( bieu| bang)?\b/,
  /^thu truong\b/,
  /^noi nhan\b/,
  /^tm\b/,
  /^kt\b/,
  /^xac nhan\b/,
  /^ghi chu\b/,
  /^lanh dao\b/,
  /^chu tich\b$/,
  /^giam doc\b$/,
  /^hieu truong\b$/,
  /^(.* )?ngay( \d{1,2}| \.+)? thang( \d{1,2}| \.+)? nam( \d{4}| \.+)?$/,
];

/** A totals row: its first text cell reads like one of these. */
export const TOTAL_ROW_PATTERNS: RegExp[] = [
  /^(tong cong|tong so|cong toan|tong toan|tong hop chung)\b/,
  // `Cộng` alone, never `Công đoàn…` (same letters once diacritics are gone).
  /^(cong|tong|total|cong chung)$/,
];

/** A section heading inside a nominee list (I. TẬP THỂ, B. Cá nhân). */
export const SECTION_PATTERNS: { re: RegExp; kind: 'collective' | 'individual' | null }[] = [
  { re: /^([ivx]+|[a-d]|\d+)? ?(khen thuong )?(doi voi )?tap the\b/, kind: 'collective' },
  { re: /^([ivx]+|[a-d]|\d+)? ?(khen thuong )?(doi voi )?ca nhan\b/, kind: 'individual' },
];

/**
 * Title rows that never name the workbook's unit (the national motto, the document's own
 * title, its number and subject), matched on the line's loose key.
 */
export const TITLE_SKIP_PATTERNS: RegExp[] = [
  /^cong hoa xa hoi/,
  /^doc lap tu do/,
  /^(ke hoach|danh sach|bang|bao cao|tong hop|ket qua|de nghi|to trinh)/,
  /^so\b/,
  /^(v v|ve viec)/,
];
