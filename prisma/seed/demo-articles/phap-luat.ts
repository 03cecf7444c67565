// Demo stories of the "Pháp luật" section (law): an online scam warning, a
// drug ring broken up at the border, a mobile trial, a reader's legal
// question. Cases and figures are fictional; see prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const phapLuat: DemoArticle[] = [
  {
    section: "phap-luat",
    title: "Cảnh giác chiêu giả danh cán bộ công an gọi điện “hỗ trợ” cập nhật định danh điện tử",
    lead: "(Baonghean.vn) - Thời gian gần đây, nhiều người dân trên địa bàn tỉnh nhận được cuộc gọi của đối tượng tự xưng là cán bộ công an, yêu cầu cài đặt ứng dụng lạ để “cập nhật định danh điện tử”. Công an tỉnh khuyến cáo người dân tuyệt đối không làm theo.",
    byline: ["Phương Thúy"],
    tags: ["Lừa đảo qua mạng", "An ninh trật tự", "Nghệ An"],
    hoursAgo: 0.4,
    blocks: [
      {
        type: "p",
        text: "Theo phản ánh của người dân, đối tượng gọi điện đọc đúng họ tên, số căn cước, địa chỉ của người nghe để tạo lòng tin, sau đó gửi đường link hoặc hướng dẫn tải một ứng dụng giả mạo. Khi người dân cài đặt và cấp quyền, đối tượng chiếm quyền điều khiển điện thoại và chuyển tiền khỏi tài khoản ngân hàng.",
      },
      {
        type: "p",
        text: "Chỉ trong tháng qua, cơ quan công an đã tiếp nhận nhiều tin báo với tổng số tiền bị chiếm đoạt lên tới hàng tỷ đồng. Nạn nhân phần lớn là người cao tuổi, người ít dùng điện thoại thông minh.",
      },
      { type: "h2", text: "Những điều người dân cần nhớ" },
      {
        type: "list",
        ordered: false,
        items: [
          "Cơ quan công an không làm việc, không yêu cầu cài đặt ứng dụng qua điện thoại;",
          "Chỉ tải ứng dụng từ kho ứng dụng chính thức, không bấm vào đường link lạ;",
          "Không cung cấp mã OTP, mật khẩu ngân hàng cho bất kỳ ai;",
          "Khi nghi ngờ, đến trực tiếp công an xã, phường nơi cư trú hoặc gọi số 113.",
        ],
      },
      {
        type: "quote",
        text: "“Mọi thủ tục về định danh điện tử đều được hướng dẫn trực tiếp tại trụ sở công an hoặc qua ứng dụng chính thức. Người dân nhận được cuộc gọi như vậy hãy dập máy và báo ngay cho cơ quan công an”, đại diện Phòng An ninh mạng Công an tỉnh khuyến cáo.",
      },
    ],
  },
  {
    section: "phap-luat",
    title: "Triệt phá đường dây vận chuyển ma túy qua biên giới, thu giữ 30.000 viên hồng phiến",
    lead: "(Baonghean.vn) - Sau nhiều tháng trinh sát, lực lượng chức năng đã bắt quả tang 3 đối tượng đang vận chuyển trái phép chất ma túy tại khu vực biên giới huyện Kỳ Sơn, thu giữ 30.000 viên ma túy tổng hợp.",
    byline: ["Đình Tuyên"],
    tags: ["Phòng chống ma túy", "An ninh trật tự", "Biên giới", "Miền Tây Nghệ An"],
    hoursAgo: 3.5,
    blocks: [
      {
        type: "figure",
        caption: "Tang vật thu giữ trong chuyên án.",
        credit: "Ảnh: CTV",
        alt: "Các gói ma túy tổng hợp được bày trên bàn",
      },
      {
        type: "p",
        text: "Chuyên án được xác lập từ đầu năm, khi lực lượng Bộ đội Biên phòng và Công an tỉnh phát hiện dấu hiệu một nhóm đối tượng thường xuyên vận chuyển ma túy từ bên kia biên giới về tiêu thụ tại các tỉnh miền xuôi. Các đối tượng hoạt động rất tinh vi, đi theo đường mòn, thường xuyên thay đổi phương tiện và số điện thoại.",
      },
      {
        type: "p",
        text: "Khi các đối tượng vừa đưa hàng qua khu vực giáp biên, tổ công tác đã ập vào bắt quả tang, thu giữ toàn bộ số ma túy cùng 2 xe máy, 4 điện thoại di động. Bước đầu, các đối tượng khai nhận được thuê vận chuyển với giá vài chục triệu đồng mỗi chuyến.",
      },
      {
        type: "p",
        text: "Hiện cơ quan điều tra đã khởi tố vụ án, khởi tố bị can và tiếp tục mở rộng điều tra để truy bắt các đối tượng liên quan trong đường dây.",
      },
    ],
  },
  {
    section: "phap-luat",
    title: "Xét xử lưu động vụ án tàng trữ pháo nổ, răn đe và tuyên truyền pháp luật",
    lead: "(Baonghean.vn) - Tòa án nhân dân huyện đã mở phiên tòa hình sự sơ thẩm lưu động xét xử một bị cáo về tội tàng trữ hàng cấm. Hàng trăm người dân đến theo dõi phiên tòa tại hội trường xã.",
    byline: ["Thành Duy"],
    tags: ["Xét xử lưu động", "Pháo nổ", "An ninh trật tự"],
    hoursAgo: 60,
    blocks: [
      {
        type: "p",
        text: "Theo cáo trạng, trước Tết, bị cáo đã đặt mua qua mạng xã hội hơn 20 kg pháo nổ với ý định bán lại kiếm lời thì bị lực lượng công an phát hiện, thu giữ. Tại phiên tòa, bị cáo thừa nhận hành vi phạm tội, tỏ ra ăn năn, hối cải.",
      },
      {
        type: "figure",
        caption: "Người dân theo dõi phiên tòa lưu động tại hội trường xã.",
        credit: "Ảnh: Thành Duy",
        alt: "Người dân ngồi kín hội trường theo dõi phiên tòa",
      },
      {
        type: "p",
        text: "Xét tính chất, mức độ hành vi và các tình tiết giảm nhẹ, Hội đồng xét xử tuyên phạt bị cáo 18 tháng tù nhưng cho hưởng án treo, thời gian thử thách 36 tháng.",
      },
      {
        type: "p",
        text: "Phiên tòa lưu động là dịp để người dân, đặc biệt là thanh thiếu niên, hiểu rõ hơn quy định của pháp luật về pháo nổ và hậu quả pháp lý của việc mua bán, tàng trữ, sử dụng trái phép. Không ít phụ huynh đã đưa con em cùng đến dự.",
      },
    ],
  },
  {
    section: "phap-luat",
    title: "Hỏi - đáp pháp luật: Tự ý xây nhà trên đất nông nghiệp có bị xử phạt?",
    lead: "(Baonghean.vn) - Bạn đọc ở huyện Yên Thành hỏi: Gia đình tôi có một thửa đất trồng lúa liền kề đất ở, nay muốn xây nhà cho con trai ra ở riêng. Xin hỏi có được xây dựng không và nếu tự ý xây thì bị xử lý thế nào?",
    byline: ["Hồ Lài"],
    tags: ["Tư vấn pháp luật", "Đất đai"],
    hoursAgo: 340,
    blocks: [
      {
        type: "p",
        text: "Theo quy định của pháp luật đất đai, người sử dụng đất có nghĩa vụ sử dụng đất đúng mục đích. Đất trồng lúa là đất nông nghiệp; muốn xây nhà ở, gia đình bạn phải làm thủ tục chuyển mục đích sử dụng sang đất ở và được cơ quan nhà nước có thẩm quyền cho phép.",
      },
      {
        type: "h2",
        text: "Tự ý xây dựng sẽ bị xử lý",
      },
      {
        type: "p",
        text: "Việc tự ý xây nhà trên đất nông nghiệp khi chưa được phép là hành vi chuyển mục đích sử dụng đất trái phép. Người vi phạm có thể bị xử phạt vi phạm hành chính, buộc khôi phục lại tình trạng ban đầu của đất, tức là phải tháo dỡ công trình, và công trình này không được cấp giấy chứng nhận.",
      },
      {
        type: "p",
        text: "Trước khi xây dựng, gia đình bạn nên liên hệ bộ phận một cửa của địa phương để được hướng dẫn kiểm tra thửa đất có phù hợp với quy hoạch, kế hoạch sử dụng đất hay không, chuẩn bị hồ sơ và nộp tiền sử dụng đất theo quy định.",
      },
    ],
  },
];
