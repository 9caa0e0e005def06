/**
 * The citizen portal: the province's landing page, the submission form and its receipt, the
 * tracking pages (public view, the reporter's private view and their actions).
 */
export const citizenVi = {
  'form.optional': 'không bắt buộc',
  'form.choose': '— Chọn —',
  'form.chooseNone': '— Không chọn —',

  'portal.title': 'Phản ánh hiện trường',
  'portal.intro':
    'Gửi phản ánh về những vấn đề bạn gặp tại {tenant}: đường sá hư hỏng, rác thải, chiếu sáng, trật tự đô thị… và theo dõi kết quả xử lý.',
  'portal.scope': 'Phạm vi tiếp nhận: {scope}',
  'portal.citizen': 'Dành cho người dân, tổ chức',
  'portal.submit.title': 'Gửi phản ánh',
  'portal.submit.description':
    'Mô tả sự việc, nơi xảy ra và cách liên hệ với bạn. Bạn nhận được mã số để theo dõi.',
  'portal.track.title': 'Tra cứu phản ánh',
  'portal.track.description': 'Nhập mã số phản ánh để xem tình trạng xử lý và kết quả trả lời.',
  'portal.staff.title': 'Dành cho cán bộ',
  'portal.staff.signIn': 'Đăng nhập cán bộ',
  'portal.staff.home': 'Vào trang cán bộ',

  'submit.title': 'Gửi phản ánh',
  'submit.intro':
    'Các mục không ghi “không bắt buộc” đều cần điền. Sau khi gửi, bạn nhận được mã số để theo dõi kết quả xử lý.',
  'submit.unavailable':
    'Trang này chưa nhận phản ánh của tỉnh, thành phố này. Vui lòng liên hệ đường dây nóng của tỉnh, thành phố.',
  'submit.section.report': 'Nội dung phản ánh',
  'submit.section.place': 'Địa điểm và thời gian',
  'submit.section.reporter': 'Thông tin người phản ánh',
  'submit.section.reporterIntro': 'Cơ quan xử lý dùng các thông tin này để liên hệ và trả lời bạn.',
  'submit.section.privacy': 'Bảo mật và đồng ý',
  'submit.kind': 'Loại nội dung',
  'submit.reportTitle': 'Tiêu đề',
  'submit.reportTitleHint':
    'Tóm tắt sự việc trong một câu, ví dụ: “Ổ gà lớn trước số 12 đường Trần Phú”.',
  'submit.content': 'Nội dung',
  'submit.contentHint':
    'Mô tả rõ sự việc: điều gì đang xảy ra, từ khi nào, ảnh hưởng thế nào (ít nhất 20 ký tự).',
  'submit.contentHintDiacritics':
    'Mô tả rõ sự việc: điều gì đang xảy ra, từ khi nào, ảnh hưởng thế nào (ít nhất 20 ký tự). Viết bằng tiếng Việt có dấu.',
  'submit.address': 'Địa chỉ nơi xảy ra sự việc',
  'submit.addressHint': 'Số nhà, tên đường, phường hoặc xã; hoặc mô tả một vị trí dễ nhận biết.',
  'submit.location.title': 'Vị trí trên bản đồ',
  'submit.location.explain':
    'Bạn có thể gửi kèm vị trí hiện tại của thiết bị để cơ quan xử lý tìm đến đúng nơi. Vị trí chỉ được lấy khi bạn bấm nút; trình duyệt sẽ hỏi bạn có cho phép hay không.',
  'submit.location.use': 'Dùng vị trí hiện tại của tôi',
  'submit.location.locating': 'Đang xác định vị trí…',
  'submit.location.found': 'Đã lấy vị trí: vĩ độ {latitude}, kinh độ {longitude}.',
  'submit.location.accuracy': 'Sai số khoảng {meters} m.',
  'submit.location.remove': 'Bỏ vị trí đã lấy',
  'submit.location.removed': 'Đã bỏ vị trí.',
  'submit.location.denied':
    'Bạn chưa cho phép lấy vị trí. Bạn vẫn có thể gửi phản ánh với địa chỉ.',
  'submit.location.unavailable': 'Không xác định được vị trí lúc này. Vui lòng nhập địa chỉ.',
  'submit.location.unsupported': 'Trình duyệt này không lấy được vị trí. Vui lòng nhập địa chỉ.',
  'submit.incidentAt': 'Thời điểm xảy ra sự việc',
  'submit.incidentAtHint':
    'Ngày và giờ theo giờ Việt Nam. Nếu không nhớ chính xác, hãy chọn thời điểm gần đúng.',
  'submit.name': 'Họ và tên (hoặc tên tổ chức)',
  'submit.phone': 'Số điện thoại',
  'submit.phoneHintMobile':
    'Số di động 10 chữ số, ví dụ 0912 345 678. Dùng số này cùng mã số phản ánh để xem chi tiết.',
  'submit.phoneHint':
    'Số di động hoặc số cố định. Dùng số này cùng mã số phản ánh để xem chi tiết.',
  'submit.email': 'Thư điện tử',
  'submit.reporterAddress': 'Địa chỉ liên hệ',
  'submit.citizenId': 'Số định danh cá nhân (số căn cước)',
  'submit.citizenIdHint': 'Gồm 12 chữ số.',
  'submit.language': 'Ngôn ngữ nhận trả lời',
  'submit.confidential': 'Đề nghị giữ bí mật',
  'submit.confidentialHint':
    'Kết quả trả lời chỉ gửi riêng cho bạn, không đăng công khai; thông tin của bạn không hiển thị.',
  'submit.hideIdentity': 'Không hiển thị họ tên của tôi trên trang công khai',
  'submit.publicIdentity': 'Tôi đồng ý hiển thị họ tên của mình cùng phản ánh trên trang công khai',
  'submit.identityNever': 'Họ tên và thông tin liên hệ của bạn không được công khai.',
  'submit.dataProcessing':
    'Tôi đồng ý để cơ quan nhà nước sử dụng thông tin cá nhân của tôi để xử lý phản ánh này',
  'submit.dataProcessingHint':
    'Thông tin cá nhân chỉ dùng để xử lý và trả lời phản ánh (Nghị định 13/2023/NĐ-CP).',
  'submit.submit': 'Gửi phản ánh',
  'submit.submitting': 'Đang gửi phản ánh…',

  'receipt.title': 'Đã gửi phản ánh',
  'receipt.code': 'Mã số phản ánh của bạn',
  'receipt.keep':
    'Hãy ghi lại mã số này. Dùng mã số và số điện thoại đã khai để theo dõi kết quả xử lý.',
  'receipt.receivedAt': 'Thời điểm tiếp nhận: {time}',
  'receipt.track': 'Xem tình trạng phản ánh',
  'receipt.another': 'Gửi phản ánh khác',

  'track.title': 'Tra cứu phản ánh',
  'track.intro': 'Nhập mã số bạn nhận được khi gửi phản ánh, ví dụ 261123-ABCD2345.',
  'track.code': 'Mã số phản ánh',
  'track.submit': 'Tra cứu',
  'track.codeRequired': 'Vui lòng nhập mã số phản ánh.',
  'track.codeInvalid': 'Mã số phản ánh gồm 6 đến 40 ký tự, ví dụ 261123-ABCD2345.',
  'track.pageTitle': 'Phản ánh {code}',
  'track.codeLabel': 'Mã số',
  'track.state': 'Tình trạng',
  'track.receivedAt': 'Ngày tiếp nhận',
  'track.field': 'Lĩnh vực',
  'track.area': 'Địa bàn',
  'track.reporter': 'Người phản ánh',
  'track.content': 'Nội dung',
  'track.place': 'Địa điểm',
  'track.noPlace': 'Không có địa chỉ.',
  'track.coordinates': 'Tọa độ: {latitude}, {longitude}',
  'track.map': 'Xem trên bản đồ OpenStreetMap',
  'track.answer': 'Kết quả trả lời',
  'track.publishedAt': 'Công khai lúc {time}',
  'track.answeredAt': 'Trả lời lúc {time}',
  'track.noAnswer': 'Chưa có kết quả trả lời.',
  'track.rating': 'Đánh giá của người phản ánh: {rating}',
  'track.timeline': 'Quá trình xử lý',
  'track.attachments': 'Hình ảnh, tệp đính kèm',
  'track.attachment': 'Tệp đính kèm {number}',
  'track.notFound.title': 'Không tìm thấy phản ánh',
  'track.notFound.body':
    'Không có phản ánh công khai nào với mã số {code}. Phản ánh đề nghị giữ bí mật không hiển thị công khai: nếu bạn là người gửi, hãy nhập số điện thoại bên dưới để xem.',
  'track.another': 'Tra cứu mã số khác',

  'private.title': 'Nhập số điện thoại để xem chi tiết',
  'private.intro':
    'Người gửi phản ánh nhập số điện thoại đã khai khi gửi để xem toàn bộ quá trình xử lý, bổ sung thông tin, đề nghị làm rõ và đánh giá kết quả.',
  'private.phone': 'Số điện thoại đã khai khi gửi',
  'private.submit': 'Xem chi tiết',
  'private.submitting': 'Đang kiểm tra…',
  'private.phoneRequired': 'Vui lòng nhập số điện thoại.',
  'private.phoneInvalid': 'Số điện thoại gồm 8 đến 20 ký tự, ví dụ 0912 345 678.',
  'private.notFound':
    'Mã số và số điện thoại không khớp với phản ánh nào. Vui lòng kiểm tra lại số điện thoại.',
  'private.heading': 'Chi tiết dành cho người phản ánh',
  'private.opened': 'Đang hiển thị chi tiết dành cho người phản ánh.',
  'private.yourDetails': 'Thông tin bạn đã khai',
  'private.name': 'Họ và tên',
  'private.phoneLabel': 'Số điện thoại',
  'private.email': 'Thư điện tử',
  'private.language': 'Ngôn ngữ nhận trả lời',
  'private.notGiven': 'Không cung cấp',
  'private.confidential': 'Bạn đã đề nghị giữ bí mật: kết quả chỉ gửi riêng cho bạn.',
  'private.close': 'Ẩn chi tiết',
  'private.conflict':
    'Phản ánh vừa được cập nhật. Trang đã hiển thị thông tin mới nhất; vui lòng kiểm tra rồi gửi lại.',
  'private.noActions': 'Hiện không có việc gì bạn cần làm thêm với phản ánh này.',

  'supplement.title': 'Cơ quan tiếp nhận đề nghị bạn bổ sung thông tin',
  'supplement.request': 'Nội dung đề nghị: {message}',
  'supplement.note': 'Thông tin bổ sung',
  'supplement.noteHint':
    'Trả lời đề nghị ở trên: mô tả thêm sự việc, vị trí hoặc thời điểm xảy ra.',
  'supplement.submit': 'Gửi thông tin bổ sung',
  'supplement.required': 'Vui lòng nhập thông tin bổ sung.',
  'supplement.success': 'Đã gửi thông tin bổ sung. Phản ánh của bạn được tiếp nhận lại.',

  'followUp.title': 'Đề nghị làm rõ kết quả trả lời',
  'followUp.intro':
    'Nếu kết quả trả lời chưa rõ, bạn có thể đề nghị cơ quan xử lý giải thích thêm.',
  'followUp.question': 'Nội dung cần làm rõ',
  'followUp.submit': 'Gửi đề nghị làm rõ',
  'followUp.required': 'Vui lòng nhập nội dung cần làm rõ.',
  'followUp.success': 'Đã gửi đề nghị làm rõ.',

  'rating.title': 'Đánh giá kết quả xử lý',
  'rating.legend': 'Bạn có hài lòng với kết quả trả lời không?',
  'rating.current': 'Đánh giá hiện tại của bạn: {rating}.',
  'rating.change': 'Bạn có thể thay đổi đánh giá trong thời gian cho phép.',
  'rating.submit': 'Gửi đánh giá',
  'rating.required': 'Vui lòng chọn một mức đánh giá.',
  'rating.success': 'Cảm ơn bạn đã đánh giá kết quả xử lý.',

  'citizenAction.sending': 'Đang gửi…',
};

export const citizenEn: Record<keyof typeof citizenVi, string> = {
  'form.optional': 'optional',
  'form.choose': '— Choose —',
  'form.chooseNone': '— None —',

  'portal.title': 'Field reports',
  'portal.intro':
    'Report the problems you come across in {tenant} — damaged roads, waste, street lighting, public order… — and follow how they are handled.',
  'portal.scope': 'What can be reported: {scope}',
  'portal.citizen': 'For citizens and organisations',
  'portal.submit.title': 'Send a report',
  'portal.submit.description':
    'Describe what happened, where, and how to reach you. You get a tracking code to follow it.',
  'portal.track.title': 'Track a report',
  'portal.track.description':
    'Enter a report’s tracking code to see how it is being handled and the answer.',
  'portal.staff.title': 'For staff',
  'portal.staff.signIn': 'Staff sign-in',
  'portal.staff.home': 'Go to the staff pages',

  'submit.title': 'Send a report',
  'submit.intro':
    'Fill in every item not marked “optional”. After sending, you get a tracking code to follow the handling of your report.',
  'submit.unavailable':
    'This page does not take reports for this province yet. Please call the province’s hotline.',
  'submit.section.report': 'Your report',
  'submit.section.place': 'Place and time',
  'submit.section.reporter': 'About you',
  'submit.section.reporterIntro': 'The authorities use these details to contact and answer you.',
  'submit.section.privacy': 'Privacy and consent',
  'submit.kind': 'Kind of contact',
  'submit.reportTitle': 'Title',
  'submit.reportTitleHint':
    'Sum the problem up in one sentence, e.g. “Large pothole outside 12 Trần Phú street”.',
  'submit.content': 'Details',
  'submit.contentHint':
    'Say clearly what is happening, since when, and how it affects people (at least 20 characters).',
  'submit.contentHintDiacritics':
    'Say clearly what is happening, since when, and how it affects people (at least 20 characters). Write in Vietnamese with diacritics, or in English if you chose English answers.',
  'submit.address': 'Address where it happens',
  'submit.addressHint':
    'House number, street, ward or commune; or a landmark that is easy to find.',
  'submit.location.title': 'Position on the map',
  'submit.location.explain':
    'You may add your device’s current position so the agency finds the exact place. It is only read when you press the button, and your browser asks for your permission first.',
  'submit.location.use': 'Use my current position',
  'submit.location.locating': 'Finding your position…',
  'submit.location.found': 'Position added: latitude {latitude}, longitude {longitude}.',
  'submit.location.accuracy': 'Accurate to about {meters} m.',
  'submit.location.remove': 'Remove the position',
  'submit.location.removed': 'Position removed.',
  'submit.location.denied':
    'You did not allow the position to be read. You can still send the report with an address.',
  'submit.location.unavailable':
    'Your position could not be found right now. Please type the address.',
  'submit.location.unsupported': 'This browser cannot share a position. Please type the address.',
  'submit.incidentAt': 'When it happened',
  'submit.incidentAtHint':
    'Date and time in Viet Nam time. If you do not remember exactly, choose an approximate time.',
  'submit.name': 'Full name (or organisation)',
  'submit.phone': 'Phone number',
  'submit.phoneHintMobile':
    'A 10-digit mobile number, e.g. 0912 345 678. With the tracking code, it opens your report’s details.',
  'submit.phoneHint':
    'A mobile or landline number. With the tracking code, it opens your report’s details.',
  'submit.email': 'E-mail',
  'submit.reporterAddress': 'Contact address',
  'submit.citizenId': 'Personal identification number (citizen ID)',
  'submit.citizenIdHint': '12 digits.',
  'submit.language': 'Language of the answer',
  'submit.confidential': 'Keep my report confidential',
  'submit.confidentialHint':
    'The answer is sent to you only and not published; your details are not shown.',
  'submit.hideIdentity': 'Do not show my name on the public page',
  'submit.publicIdentity': 'I agree that my name is shown with the report on the public page',
  'submit.identityNever': 'Your name and contact details are never published.',
  'submit.dataProcessing':
    'I agree that the authorities may use my personal data to handle this report',
  'submit.dataProcessingHint':
    'Personal data is only used to handle and answer the report (Decree 13/2023/NĐ-CP).',
  'submit.submit': 'Send the report',
  'submit.submitting': 'Sending the report…',

  'receipt.title': 'Your report has been sent',
  'receipt.code': 'Your tracking code',
  'receipt.keep':
    'Write this code down. With it and the phone number you gave, you can follow your report.',
  'receipt.receivedAt': 'Received: {time}',
  'receipt.track': 'See the report’s status',
  'receipt.another': 'Send another report',

  'track.title': 'Track a report',
  'track.intro': 'Enter the code you received when you sent the report, e.g. 261123-ABCD2345.',
  'track.code': 'Tracking code',
  'track.submit': 'Track',
  'track.codeRequired': 'Enter the tracking code.',
  'track.codeInvalid': 'A tracking code has 6 to 40 characters, e.g. 261123-ABCD2345.',
  'track.pageTitle': 'Report {code}',
  'track.codeLabel': 'Tracking code',
  'track.state': 'Status',
  'track.receivedAt': 'Received',
  'track.field': 'Field',
  'track.area': 'Area',
  'track.reporter': 'Reported by',
  'track.content': 'Details',
  'track.place': 'Place',
  'track.noPlace': 'No address given.',
  'track.coordinates': 'Coordinates: {latitude}, {longitude}',
  'track.map': 'See it on OpenStreetMap',
  'track.answer': 'Answer',
  'track.publishedAt': 'Published {time}',
  'track.answeredAt': 'Answered {time}',
  'track.noAnswer': 'No answer yet.',
  'track.rating': 'The reporter’s rating: {rating}',
  'track.timeline': 'Handling so far',
  'track.attachments': 'Photos and files',
  'track.attachment': 'Attachment {number}',
  'track.notFound.title': 'Report not found',
  'track.notFound.body':
    'There is no public report with the code {code}. Confidential reports are not shown publicly: if you sent it, enter your phone number below to see it.',
  'track.another': 'Track another code',

  'private.title': 'Enter your phone number to see the details',
  'private.intro':
    'If you sent this report, enter the phone number you gave to see its whole history, supply more information, ask for clarification and rate the answer.',
  'private.phone': 'Phone number given with the report',
  'private.submit': 'See the details',
  'private.submitting': 'Checking…',
  'private.phoneRequired': 'Enter your phone number.',
  'private.phoneInvalid': 'A phone number has 8 to 20 characters, e.g. 0912 345 678.',
  'private.notFound':
    'The tracking code and phone number do not match any report. Please check the phone number.',
  'private.heading': 'Details for the reporter',
  'private.opened': 'Showing the details for the reporter.',
  'private.yourDetails': 'The details you gave',
  'private.name': 'Name',
  'private.phoneLabel': 'Phone number',
  'private.email': 'E-mail',
  'private.language': 'Language of the answer',
  'private.notGiven': 'Not given',
  'private.confidential': 'You asked for confidentiality: the answer is sent to you only.',
  'private.close': 'Hide the details',
  'private.conflict':
    'The report has just been updated. The page now shows the latest information; please check it and send again.',
  'private.noActions': 'There is nothing more you need to do for this report now.',

  'supplement.title': 'The intake center asks you for more information',
  'supplement.request': 'Their request: {message}',
  'supplement.note': 'More information',
  'supplement.noteHint':
    'Answer the request above: describe the problem, the place or the time in more detail.',
  'supplement.submit': 'Send the information',
  'supplement.required': 'Enter the information you want to add.',
  'supplement.success': 'Information sent. Your report is back with the intake center.',

  'followUp.title': 'Ask for clarification of the answer',
  'followUp.intro': 'If the answer is not clear, you may ask the agency to explain further.',
  'followUp.question': 'What should be clarified',
  'followUp.submit': 'Send the question',
  'followUp.required': 'Enter what should be clarified.',
  'followUp.success': 'Your question has been sent.',

  'rating.title': 'Rate the answer',
  'rating.legend': 'Are you satisfied with the answer?',
  'rating.current': 'Your current rating: {rating}.',
  'rating.change': 'You may change your rating for a limited time.',
  'rating.submit': 'Send the rating',
  'rating.required': 'Choose a rating.',
  'rating.success': 'Thank you for rating the answer.',

  'citizenAction.sending': 'Sending…',
};
