/**
 * The words of generated reports: what citizens write about in each field, the streets and towns of
 * each demo province, and how agencies answer. Sentences are assembled from parts, so a million
 * reports hold tens of thousands of distinct texts, with the frequency skew of real ones (street
 * lights and rubbish far more often than science and technology).
 */
import type { Random } from './random';

/** A town or city of the province: reports scatter around it (σ ≈ `spreadKm`). */
export type Anchor = {
  name: string;
  latitude: number;
  longitude: number;
  weight: number;
  spreadKm: number;
};

/** Where people live in each demo tenant's province (after the 2025 mergers). */
export const PROVINCE_ANCHORS: Readonly<Record<string, readonly Anchor[]>> = {
  'khanh-hoa': [
    { name: 'Nha Trang', latitude: 12.2388, longitude: 109.1967, weight: 45, spreadKm: 3 },
    { name: 'Cam Ranh', latitude: 11.9214, longitude: 109.1591, weight: 12, spreadKm: 3 },
    { name: 'Ninh Hòa', latitude: 12.4917, longitude: 109.1258, weight: 10, spreadKm: 4 },
    { name: 'Phan Rang', latitude: 11.5643, longitude: 108.9886, weight: 20, spreadKm: 3 },
    { name: 'Diên Khánh', latitude: 12.2597, longitude: 109.0967, weight: 8, spreadKm: 3 },
    { name: 'Vạn Ninh', latitude: 12.719, longitude: 109.2275, weight: 5, spreadKm: 4 },
  ],
  'quang-ngai': [
    { name: 'Quảng Ngãi', latitude: 15.1214, longitude: 108.8044, weight: 40, spreadKm: 3 },
    { name: 'Kon Tum', latitude: 14.3498, longitude: 108.0005, weight: 25, spreadKm: 3 },
    { name: 'Đức Phổ', latitude: 14.8096, longitude: 108.9578, weight: 10, spreadKm: 4 },
    { name: 'Ngọc Hồi', latitude: 14.7036, longitude: 107.6533, weight: 8, spreadKm: 4 },
    { name: 'Bình Sơn', latitude: 15.3081, longitude: 108.7631, weight: 10, spreadKm: 4 },
    { name: 'Đắk Hà', latitude: 14.5186, longitude: 107.9306, weight: 7, spreadKm: 4 },
  ],
  'can-tho': [
    { name: 'Ninh Kiều', latitude: 10.0341, longitude: 105.7876, weight: 45, spreadKm: 3 },
    { name: 'Sóc Trăng', latitude: 9.6025, longitude: 105.9739, weight: 20, spreadKm: 3 },
    { name: 'Vị Thanh', latitude: 9.7842, longitude: 105.4701, weight: 10, spreadKm: 3 },
    { name: 'Cái Răng', latitude: 9.9997, longitude: 105.7803, weight: 12, spreadKm: 3 },
    { name: 'Ngã Bảy', latitude: 9.8167, longitude: 105.8186, weight: 8, spreadKm: 3 },
    { name: 'Vĩnh Châu', latitude: 9.3275, longitude: 105.9806, weight: 5, spreadKm: 4 },
  ],
  'phu-tho': [
    { name: 'Việt Trì', latitude: 21.3227, longitude: 105.4019, weight: 35, spreadKm: 3 },
    { name: 'Vĩnh Yên', latitude: 21.3089, longitude: 105.6049, weight: 25, spreadKm: 3 },
    { name: 'Hòa Bình', latitude: 20.8133, longitude: 105.3383, weight: 20, spreadKm: 3 },
    { name: 'Phú Thọ', latitude: 21.4009, longitude: 105.2236, weight: 8, spreadKm: 3 },
    { name: 'Phúc Yên', latitude: 21.2372, longitude: 105.7006, weight: 7, spreadKm: 3 },
    { name: 'Mai Châu', latitude: 20.6558, longitude: 105.0825, weight: 5, spreadKm: 4 },
  ],
  'vinh-long': [
    { name: 'Vĩnh Long', latitude: 10.2537, longitude: 105.9722, weight: 35, spreadKm: 3 },
    { name: 'Bến Tre', latitude: 10.2415, longitude: 106.3759, weight: 25, spreadKm: 3 },
    { name: 'Trà Vinh', latitude: 9.9347, longitude: 106.3453, weight: 20, spreadKm: 3 },
    { name: 'Bình Minh', latitude: 10.0706, longitude: 105.8228, weight: 8, spreadKm: 3 },
    { name: 'Mỏ Cày', latitude: 10.1317, longitude: 106.3358, weight: 7, spreadKm: 4 },
    { name: 'Duyên Hải', latitude: 9.6311, longitude: 106.4922, weight: 5, spreadKm: 4 },
  ],
};

/** Used when a tenant is not a demo province: a point near the centre of Vietnam's lowlands. */
export const FALLBACK_ANCHORS: readonly Anchor[] = [
  { name: 'Trung tâm', latitude: 16.0544, longitude: 108.2022, weight: 1, spreadKm: 5 },
];

const STREETS = [
  'Trần Phú',
  'Lê Lợi',
  'Nguyễn Trãi',
  'Hùng Vương',
  'Quang Trung',
  'Lý Thường Kiệt',
  'Hai Bà Trưng',
  'Phạm Văn Đồng',
  'Võ Thị Sáu',
  'Nguyễn Huệ',
  'Trần Hưng Đạo',
  'Lê Duẩn',
  'Điện Biên Phủ',
  'Nguyễn Văn Cừ',
  'Lê Hồng Phong',
  'Ngô Quyền',
  'Phan Chu Trinh',
  'Yersin',
  '2 Tháng 4',
  '30 Tháng 4',
  'Nguyễn Thị Minh Khai',
  'Bạch Đằng',
  'Trường Chinh',
  'Võ Văn Kiệt',
  'Tôn Đức Thắng',
  'Hoàng Diệu',
  'Lạc Long Quân',
  'Âu Cơ',
  'Mậu Thân',
  'Cách Mạng Tháng 8',
];

const PLACES = ['trước nhà số', 'gần nhà số', 'đối diện số', 'đoạn qua số', 'hẻm', 'kiệt'];

/** The issues of a field: what is wrong, and the phrase the agency answers with. */
type Topic = { issues: readonly string[]; details: readonly string[]; answers: readonly string[] };

const TOPICS: Readonly<Record<string, Topic>> = {
  'chieu-sang': {
    issues: [
      'Đèn đường không sáng',
      'Cột đèn chiếu sáng bị nghiêng',
      'Đèn đường sáng cả ban ngày',
      'Dây điện chiếu sáng bị đứt',
      'Cả dãy đèn đường tắt',
    ],
    details: [
      'buổi tối rất tối, người đi đường dễ bị tai nạn',
      'đã nhiều đêm liền không có đèn',
      'trẻ em đi học thêm về rất nguy hiểm',
      'lãng phí điện',
    ],
    answers: [
      'Đơn vị quản lý chiếu sáng đã thay bóng đèn và kiểm tra lại tuyến dây.',
      'Đã sửa chữa tủ điện chiếu sáng, hệ thống hoạt động bình thường.',
    ],
  },
  'cay-xanh': {
    issues: [
      'Cây xanh bị gãy cành',
      'Cây có nguy cơ ngã đổ',
      'Cây xanh che khuất biển báo',
      'Gốc cây làm bong tróc vỉa hè',
      'Cành cây chạm dây điện',
    ],
    details: [
      'mùa mưa bão sắp đến rất nguy hiểm',
      'người dân không dám đi qua',
      'đề nghị cắt tỉa sớm',
      'đã báo tổ dân phố nhưng chưa xử lý',
    ],
    answers: [
      'Công ty công viên cây xanh đã cắt tỉa và gia cố cây.',
      'Đã đốn hạ cây có nguy cơ ngã đổ và trồng cây thay thế.',
    ],
  },
  'cap-thoat-nuoc': {
    issues: [
      'Ngập nước sau mưa',
      'Nắp cống bị vỡ',
      'Vỡ đường ống nước',
      'Cống thoát nước bị tắc',
      'Nước sinh hoạt bị đục',
      'Mất nước sinh hoạt',
    ],
    details: [
      'mỗi lần mưa nước ngập tới đầu gối',
      'mùi hôi bốc lên nặng',
      'nước chảy tràn ra đường',
      'người dân phải mua nước bình',
      'đã kéo dài hơn một tuần',
    ],
    answers: [
      'Đã nạo vét tuyến cống và thay nắp cống mới.',
      'Công ty cấp nước đã sửa chữa đường ống, cấp nước trở lại bình thường.',
    ],
  },
  dien: {
    issues: [
      'Mất điện thường xuyên',
      'Dây điện võng thấp',
      'Trụ điện bị nghiêng',
      'Điện áp yếu',
      'Tủ điện hở không có nắp',
    ],
    details: [
      'ảnh hưởng sinh hoạt và buôn bán',
      'xe tải đi qua dễ vướng',
      'trẻ em chơi gần rất nguy hiểm',
      'thiết bị điện trong nhà bị hỏng',
    ],
    answers: [
      'Điện lực đã kiểm tra, căng lại dây và thay thiết bị.',
      'Đã nâng công suất trạm biến áp khu vực.',
    ],
  },
  'giao-thong': {
    issues: [
      'Ổ gà lớn trên đường',
      'Đèn tín hiệu giao thông không hoạt động',
      'Biển báo bị che khuất',
      'Lấn chiếm lòng đường',
      'Xe tải chạy vào giờ cấm',
      'Mặt đường bị sụt lún',
    ],
    details: [
      'đã có người té ngã',
      'giờ cao điểm ùn tắc kéo dài',
      'đề nghị lực lượng chức năng xử lý',
      'rất nguy hiểm vào ban đêm',
    ],
    answers: [
      'Đã vá ổ gà và thảm lại mặt đường.',
      'Đã sửa đèn tín hiệu và phối hợp công an xử lý vi phạm.',
    ],
  },
  'moi-truong': {
    issues: [
      'Rác thải tồn đọng',
      'Đốt rác gây khói bụi',
      'Xả nước thải ra kênh',
      'Tiếng ồn từ cơ sở sản xuất',
      'Đổ trộm xà bần',
    ],
    details: [
      'mùi hôi ảnh hưởng cả khu dân cư',
      'ruồi muỗi nhiều',
      'diễn ra vào ban đêm',
      'đã nhiều lần nhắc nhở',
    ],
    answers: [
      'Đã thu gom rác và bố trí lịch thu gom cố định.',
      'Đã kiểm tra, lập biên bản và xử phạt cơ sở vi phạm.',
    ],
  },
  'vien-thong': {
    issues: [
      'Cáp viễn thông chằng chịt',
      'Cáp quang bị đứt rơi xuống đường',
      'Trạm phát sóng gây tiếng ồn',
    ],
    details: ['mất mỹ quan đô thị', 'vướng người đi xe máy', 'đề nghị bó gọn'],
    answers: ['Doanh nghiệp viễn thông đã bó gọn và hạ ngầm tuyến cáp.'],
  },
  'thu-tuc-hanh-chinh': {
    issues: [
      'Hồ sơ cấp giấy chứng nhận trễ hẹn',
      'Cán bộ yêu cầu bổ sung giấy tờ không đúng quy định',
      'Thái độ cán bộ tiếp nhận hồ sơ chưa đúng mực',
      'Thủ tục đăng ký hộ kinh doanh kéo dài',
      'Không được hướng dẫn đầy đủ khi nộp hồ sơ',
    ],
    details: [
      'đã đi lại nhiều lần',
      'quá hạn hẹn trả kết quả',
      'đề nghị xem xét trách nhiệm',
      'người dân rất bức xúc',
    ],
    answers: [
      'Đơn vị đã rà soát, trả kết quả hồ sơ và xin lỗi người dân vì trễ hẹn.',
      'Đã chấn chỉnh cán bộ và hướng dẫn người dân hoàn thiện hồ sơ.',
    ],
  },
  'tai-nguyen-nuoc': {
    issues: ['Khai thác cát trái phép', 'Sạt lở bờ sông', 'Nước giếng nhiễm mặn'],
    details: ['diễn ra vào ban đêm', 'ảnh hưởng nhà dân ven sông', 'không dùng được cho sinh hoạt'],
    answers: ['Đã kiểm tra, xử lý phương tiện khai thác và cắm biển cảnh báo sạt lở.'],
  },
  'nong-nghiep': {
    issues: [
      'Dịch bệnh trên đàn gia súc',
      'Kênh thủy lợi bị bồi lấp',
      'Thuốc bảo vệ thực vật không rõ nguồn gốc',
    ],
    details: ['ảnh hưởng mùa vụ', 'đề nghị hỗ trợ kỹ thuật', 'bán tràn lan'],
    answers: ['Đã tiêm phòng, khử trùng khu vực và hướng dẫn người dân.'],
  },
  'suc-khoe': {
    issues: [
      'Cơ sở khám bệnh không phép',
      'Thực phẩm không đảm bảo vệ sinh',
      'Trạm y tế đóng cửa giờ hành chính',
    ],
    details: ['nhiều người bị ngộ độc', 'đề nghị kiểm tra', 'người dân không được khám'],
    answers: ['Đoàn kiểm tra đã xử phạt và đình chỉ hoạt động cơ sở vi phạm.'],
  },
  'du-lich': {
    issues: ['Chèo kéo khách du lịch', 'Bãi biển nhiều rác', 'Nâng giá dịch vụ dịp lễ'],
    details: ['ảnh hưởng hình ảnh du lịch', 'du khách phàn nàn', 'đề nghị xử lý nghiêm'],
    answers: ['Đã phối hợp kiểm tra, nhắc nhở và xử phạt các hộ kinh doanh vi phạm.'],
  },
  'khoa-hoc-cong-nghe': {
    issues: ['Cân điện tử tại chợ sai lệch', 'Cột đo xăng bị gian lận'],
    details: ['người mua bị thiệt', 'đề nghị kiểm định'],
    answers: ['Đã kiểm định, niêm phong thiết bị đo và xử phạt.'],
  },
  'khan-cap': {
    issues: ['Cháy nhà dân', 'Tai nạn giao thông nghiêm trọng', 'Cây đổ chắn ngang đường'],
    details: ['cần hỗ trợ gấp', 'có người bị thương', 'giao thông bị ách tắc'],
    answers: ['Lực lượng chức năng đã có mặt xử lý, khắc phục hậu quả.'],
  },
  khac: {
    issues: [
      'Karaoke gây ồn quá khuya',
      'Chó thả rông không rọ mõm',
      'Quảng cáo rao vặt dán tràn lan',
    ],
    details: ['ảnh hưởng giấc ngủ người dân', 'đã có trẻ em bị cắn', 'mất mỹ quan'],
    answers: ['Công an phường đã làm việc, nhắc nhở và xử lý vi phạm.'],
  },
};

/** How often citizens write about each field (street lights and water far more than science). */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'chieu-sang': 14,
  'cap-thoat-nuoc': 14,
  'giao-thong': 14,
  'moi-truong': 14,
  'cay-xanh': 9,
  dien: 8,
  'thu-tuc-hanh-chinh': 8,
  'vien-thong': 3,
  khac: 6,
  'tai-nguyen-nuoc': 2,
  'nong-nghiep': 2,
  'suc-khoe': 2,
  'du-lich': 2,
  'khoa-hoc-cong-nghe': 1,
  'khan-cap': 1,
};

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Quốc', 'Thu', 'Đức', 'Hoài'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
];

const FOLLOW_UPS = [
  'Sau khi xử lý, tình trạng lại tái diễn, đề nghị kiểm tra lại.',
  'Khi nào đơn vị hoàn thành dứt điểm?',
  'Đề nghị cho biết kết quả xử lý vi phạm.',
];
const FOLLOW_UP_ANSWERS = [
  'Đơn vị đã cử cán bộ kiểm tra lại hiện trường và xử lý dứt điểm.',
  'Dự kiến hoàn thành trong tuần tới, đơn vị sẽ thông báo khi xong.',
];

export type ReportText = { title: string; content: string; address: string; topic: Topic };

function topicOf(fieldCode: string | null): Topic {
  return TOPICS[fieldCode ?? 'khac'] ?? (TOPICS.khac as Topic);
}

export function reportText(random: Random, fieldCode: string | null, town: string): ReportText {
  const topic = topicOf(fieldCode);
  const street = random.pick(STREETS);
  const number = 1 + random.int(400);
  const address = `${random.pick(PLACES)} ${number} đường ${street}, ${town}`;
  const issue = random.pick(topic.issues);
  const detail = random.pick(topic.details);
  const title = `${issue} trên đường ${street}`;
  const content =
    `${issue} ${address}. ${detail.charAt(0).toUpperCase()}${detail.slice(1)}. ` +
    `Kính đề nghị cơ quan chức năng kiểm tra, xử lý.`;
  return { title, content, address, topic };
}

export function answerText(random: Random, topic: Topic): string {
  return random.pick(topic.answers);
}

export function personName(random: Random): string {
  return `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
}

export function followUpQuestion(random: Random): string {
  return random.pick(FOLLOW_UPS);
}

export function followUpAnswer(random: Random): string {
  return random.pick(FOLLOW_UP_ANSWERS);
}
