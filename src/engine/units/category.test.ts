import { describe, expect, it } from 'vitest';
import { categoryFromCell, categoryFromName, isElectionOffice } from './category';
import type { UnitCategoryOrUnknown } from '../plan/schema';

describe('categoryFromName', () => {
  const cases: [string, UnitCategoryOrUnknown][] = [
    // district level, with or without a leading UBND / Ủy ban nhân dân
    ['UBND huyện Vũ Thư', 'district'],
    ['UBND thành phố Thái Bình', 'district'],
    ['Ủy ban nhân dân huyện Kiến Xương', 'district'],
    ['Uỷ ban nhân dân thị xã Mỹ Hào', 'district'],
    ['Huyện Vũ Thư', 'district'],
    ['Thành phố Thái Bình', 'district'],
    ['Thị xã Mỹ Hào', 'district'],
    ['UBND HUYỆN VŨ THƯ', 'district'],
    ['UBND huyện Vũ Thư'.normalize('NFD'), 'district'],
    ['ubnd huyen vu thu', 'district'],
    // provincial bodies
    ['Công an tỉnh', 'provincial'],
    ['Công an tỉnh Thái Bình', 'provincial'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'provincial'],
    ['Sở Tư pháp', 'provincial'],
    ['Sở Nội vụ', 'provincial'],
    ['Ban Tuyên giáo Tỉnh ủy', 'provincial'],
    ['Văn phòng UBND tỉnh', 'provincial'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'provincial'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'provincial'],
    ['Tỉnh đoàn Thái Bình', 'provincial'],
    ['Liên đoàn Lao động tỉnh', 'provincial'],
    // the provincial election office, not a district's election committee
    ['Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)', 'election_office'],
    ['Ủy ban bầu cử tỉnh Thái Bình', 'election_office'],
    ['VP UBBC tỉnh', 'election_office'],
    // commune level
    ['Xã An Bình', 'commune'],
    ['Phường Kỳ Bá', 'commune'],
    ['Thị trấn Vũ Thư', 'commune'],
    ['UBND xã Vũ Hội', 'commune'],
    ['XÃ AN BÌNH', 'commune'],
    ['Xa An Binh', 'commune'],
    // village level
    ['Thôn Đông', 'village'],
    ['Tổ dân phố số 5', 'village'],
    ['Khu 3', 'village'],
    ['Xóm Chùa', 'village'],
    ['Thôn Đông'.normalize('NFD'), 'village'],
    // base unions
    ['CĐCS Trường THPT Văn Giang', 'base_union'],
    ['Công đoàn cơ sở Trường THCS Phố Nối', 'base_union'],
    ['Công đoàn Trường Tiểu học Lạc Hồng', 'base_union'],
    ['Trường THPT Văn Giang', 'base_union'],
    // nothing to go on
    ['Nhà văn hóa trung tâm', 'unknown'],
    ['Khối dân vận', 'unknown'],
    ['', 'unknown'],
  ];
  it.each(cases)('%s → %s', (name, cat) => {
    expect(categoryFromName(name)).toBe(cat);
  });

  it("a district's election committee is not the provincial election office", () => {
    expect(categoryFromName('Ủy ban bầu cử huyện Vũ Thư')).not.toBe('election_office');
    expect(categoryFromName('Ủy ban bầu cử thành phố Thái Bình')).not.toBe('election_office');
    expect(categoryFromName('Văn phòng Ủy ban bầu cử huyện Vũ Thư')).not.toBe('election_office');
    expect(isElectionOffice('Ủy ban bầu cử huyện Vũ Thư')).toBe(false);
  });

  it('a village named like a commune word is still a village (longest prefix, then first word)', () => {
    expect(categoryFromName('Thôn Xã Đoài')).toBe('village');
    expect(categoryFromName('Xã Thôn Đông')).toBe('commune');
  });

  it('a plan can name its election office explicitly', () => {
    expect(categoryFromName('Ban Tổ chức bầu cử tỉnh', ['Ban Tổ chức bầu cử tỉnh'])).toBe('election_office');
    expect(categoryFromName('Ban Tổ chức bầu cử tỉnh')).toBe('provincial');
    expect(isElectionOffice('BAN TỔ CHỨC BẦU CỬ TỈNH', ['Ban Tổ chức bầu cử tỉnh'])).toBe(true);
  });
});

describe('categoryFromCell', () => {
  const cases: [string, UnitCategoryOrUnknown][] = [
    ['Cấp tỉnh', 'provincial'],
    ['Sở, ngành', 'provincial'],
    ['Sở ban ngành', 'provincial'],
    ['Cấp huyện', 'district'],
    ['Huyện', 'district'],
    ['Huyện, thành phố', 'district'],
    ['Cấp xã', 'commune'],
    ['Xã, phường, thị trấn', 'commune'],
    ['CAP XA', 'commune'],
    ['Cấp xã'.normalize('NFD'), 'commune'],
    ['Thôn, tổ dân phố', 'village'],
    ['Cấp thôn', 'village'],
    ['CĐCS', 'base_union'],
    ['Công đoàn cơ sở', 'base_union'],
    ['Văn phòng UBBC', 'election_office'],
    ['', 'unknown'],
    ['Loại khác', 'unknown'],
  ];
  it.each(cases)('%s → %s', (text, cat) => {
    expect(categoryFromCell(text)).toBe(cat);
  });
});
