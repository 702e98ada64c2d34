/** Achievement summaries (tóm tắt thành tích) in the register offices write them. */
import type { Rng } from './prng';

export const COLLECTIVE_ACHIEVEMENTS = [
  'Triển khai kịp thời, đầy đủ các văn bản chỉ đạo của cấp trên về công tác bầu cử; thành lập các tổ chức phụ trách bầu cử đúng thời gian, đúng luật.',
  'Làm tốt công tác tuyên truyền bằng nhiều hình thức: pa-nô, áp phích, băng rôn, hệ thống loa truyền thanh; tổ chức ngày bầu cử an toàn, tiết kiệm.',
  'Lập và niêm yết danh sách cử tri chính xác, đúng thời hạn; giải quyết dứt điểm các kiến nghị của cử tri; kết quả bầu cử đủ số lượng, cơ cấu.',
  'Chuẩn bị chu đáo cơ sở vật chất cho các khu vực bỏ phiếu; bảo đảm tuyệt đối an ninh, trật tự và phòng, chống dịch COVID-19 trong ngày bầu cử.',
  'Báo cáo kết quả bầu cử đầy đủ, chính xác, đúng thời gian; quản lý, sử dụng kinh phí bầu cử đúng quy định.',
] as const;

export const INDIVIDUAL_ACHIEVEMENTS = [
  'Tham mưu cấp ủy, chính quyền triển khai kịp thời các văn bản chỉ đạo về công tác bầu cử; trực tiếp phụ trách tổ bầu cử, tổ chức ngày bầu cử đúng luật.',
  'Có sáng kiến lập danh sách cử tri bằng bảng tính, rút ngắn thời gian niêm yết và đối chiếu; hướng dẫn các tổ bầu cử thực hiện thống nhất.',
  'Tích cực tuyên truyền, vận động cử tri đi bầu; phối hợp giải quyết kịp thời các đơn thư, kiến nghị liên quan đến bầu cử.',
  'Tổng hợp, báo cáo số liệu bầu cử nhanh, chính xác; hoàn thành xuất sắc nhiệm vụ được giao trong Ban bầu cử.',
  'Bảo đảm an ninh, trật tự tại khu vực bỏ phiếu; tham gia phòng, chống dịch COVID-19 trước, trong và sau ngày bầu cử.',
  'Trực tiếp tham gia tổ chức hội nghị tiếp xúc cử tri, hội nghị lấy ý kiến cử tri nơi cư trú đúng quy trình, an toàn.',
] as const;

export const TEACHER_ACHIEVEMENTS = [
  'Tích cực tuyên truyền về cuộc bầu cử trong giáo viên, học sinh; tham gia Cuộc thi trực tuyến “CNVCLĐ với ngày hội của toàn dân”.',
  'Có sáng kiến trong Chương trình “75 nghìn sáng kiến - vượt khó, phát triển”; vận động 100% đoàn viên tổ chuyên môn đi bầu cử.',
  'Tham gia Tổ bầu cử tại địa phương; hoàn thành tốt nhiệm vụ được giao, bảo đảm phòng, chống dịch COVID-19 tại khu vực bỏ phiếu.',
  'Lãnh đạo, tổ chức thực hiện tốt đợt thi đua tại đơn vị; báo cáo kết quả tham gia bầu cử đầy đủ, đúng thời gian.',
] as const;

export function achievement(rng: Rng, pool: readonly string[]): string {
  return rng.pick(pool);
}
