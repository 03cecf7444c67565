// Demo stories of the "Kinh tế" section (economy): a new factory, tea,
// fishing, Vinh oranges, and the port (still in review). Fictional; see
// prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const kinhTe: DemoArticle[] = [
  {
    section: "kinh-te",
    title: "Thêm nhà máy linh kiện điện tử đi vào hoạt động tại KCN VSIP Nghệ An",
    lead: "(Baonghean.vn) - Nhà máy sản xuất linh kiện điện tử có tổng vốn đầu tư hơn 200 triệu USD vừa chính thức vận hành tại Khu công nghiệp VSIP Nghệ An, dự kiến tạo việc làm cho khoảng 3.000 lao động địa phương.",
    byline: ["Thu Huyền"],
    tags: ["Khu công nghiệp", "Thu hút đầu tư", "Nghệ An"],
    hoursAgo: 2.5,
    featured: true,
    blocks: [
      {
        type: "figure",
        caption: "Dây chuyền lắp ráp tự động trong nhà máy mới.",
        credit: "Ảnh: Thu Huyền",
        alt: "Công nhân làm việc bên dây chuyền lắp ráp linh kiện",
      },
      {
        type: "p",
        text: "Nhà máy được xây dựng trên diện tích gần 10 ha, chuyên sản xuất bảng mạch và mô-đun cho thiết bị điện tử tiêu dùng. Từ khi được cấp giấy chứng nhận đăng ký đầu tư đến khi vận hành chỉ hơn một năm – khoảng thời gian mà chính nhà đầu tư đánh giá là “rất nhanh” nhờ sự đồng hành của chính quyền và Ban Quản lý Khu kinh tế.",
      },
      {
        type: "p",
        text: "Giai đoạn đầu, nhà máy tuyển khoảng 1.500 công nhân, phần lớn là lao động trẻ ở các huyện Hưng Nguyên, Nghi Lộc, Nam Đàn. Người lao động được đào tạo nghề miễn phí trong 2 tháng, hưởng mức lương khởi điểm cao hơn lương tối thiểu vùng.",
      },
      { type: "h2", text: "Hạ tầng sẵn sàng đón làn sóng đầu tư" },
      {
        type: "p",
        text: "Theo Ban Quản lý Khu kinh tế Đông Nam, từ đầu năm đến nay, các khu công nghiệp trên địa bàn đã thu hút thêm nhiều dự án mới, chủ yếu trong lĩnh vực điện tử, dệt may và chế biến. Tỉnh đang đẩy nhanh xây dựng nhà ở cho công nhân, trường mầm non gần khu công nghiệp và mở rộng tuyến đường kết nối với cảng Cửa Lò.",
      },
      {
        type: "quote",
        text: "“Lợi thế của Nghệ An là nguồn lao động dồi dào, hạ tầng giao thông đồng bộ cả đường bộ, đường sắt, đường biển và đường hàng không. Điều nhà đầu tư cần là thủ tục nhanh, minh bạch và chính sách ổn định”, đại diện doanh nghiệp cho biết.",
      },
    ],
  },
  {
    section: "kinh-te",
    title: "Đồi chè Thanh Chương vào vụ thu hoạch sớm, giá ổn định",
    lead: "(Baonghean.vn) - Nhờ thời tiết thuận lợi, các đồi chè ở huyện Thanh Chương cho thu hoạch lứa đầu sớm hơn mọi năm. Giá chè búp tươi ổn định giúp người trồng chè yên tâm đầu tư chăm sóc.",
    byline: ["Hồ Lài"],
    tags: ["Nông nghiệp", "Chè Thanh Chương", "OCOP"],
    hoursAgo: 5.5,
    blocks: [
      {
        type: "p",
        text: "Từ tờ mờ sáng, trên những triền đồi ở xã Thanh An, Thanh Thịnh, người hái chè đã đội nón, đeo gùi tỏa đi khắp các nương. Mỗi lao động thạo việc hái được 60–80 kg búp tươi một ngày. Chè hái đến đâu, thương lái và các cơ sở chế biến thu mua đến đó.",
      },
      {
        type: "p",
        text: "Toàn huyện hiện có hàng nghìn ha chè công nghiệp, diện tích đạt tiêu chuẩn VietGAP ngày càng tăng. Nhiều hộ đã thay giống cũ bằng giống chè năng suất, chất lượng cao, chuyển sang bón phân hữu cơ và hạn chế thuốc bảo vệ thực vật.",
      },
      { type: "h2", text: "Nâng giá trị cho cây chè" },
      {
        type: "p",
        text: "Điểm mới năm nay là một số hợp tác xã đã đầu tư dây chuyền sao, sấy để chế biến chè xanh, chè móc câu đóng gói, có tem truy xuất nguồn gốc. Sản phẩm được bán tại các cửa hàng đặc sản và trên sàn thương mại điện tử, giá trị cao hơn nhiều so với bán chè búp tươi.",
      },
      {
        type: "quote",
        text: "“Trước đây bà con chỉ biết bán chè tươi, được mùa mất giá là chuyện thường. Giờ có hợp tác xã bao tiêu, có thương hiệu, người trồng chè đã tính chuyện làm giàu trên chính đồi đất của mình”, một cán bộ Phòng Nông nghiệp huyện nói.",
      },
    ],
  },
  {
    section: "kinh-te",
    title: "Ngư dân Diễn Châu trúng đậm chuyến biển đầu vụ",
    lead: "(Baonghean.vn) - Những ngày này, các cảng cá ở huyện Diễn Châu tấp nập tàu thuyền cập bến với khoang đầy cá, mực. Nhiều chủ tàu thu về hàng trăm triệu đồng sau mỗi chuyến biển.",
    byline: ["Đức Anh"],
    tags: ["Thủy sản", "Diễn Châu", "Ngư dân"],
    hoursAgo: 50,
    blocks: [
      {
        type: "p",
        text: "Từ sáng sớm, cảng cá Lạch Vạn đã rộn ràng tiếng máy tàu, tiếng gọi nhau của ngư dân và tiểu thương. Mực ống, cá thu, cá nục được bốc dỡ lên bờ, phân loại ngay trên cầu cảng rồi lên xe đông lạnh đi khắp các tỉnh.",
      },
      {
        type: "figure",
        caption: "Ngư dân phân loại hải sản ngay tại cảng cá Lạch Vạn.",
        credit: "Ảnh: Đức Anh",
        alt: "Ngư dân bốc dỡ cá từ tàu lên cầu cảng",
      },
      {
        type: "p",
        text: "Một chủ tàu ở xã Diễn Bích cho biết, sau 12 ngày bám biển, tàu của ông đánh bắt được gần 8 tấn hải sản. Trừ chi phí dầu, đá, lương thực, mỗi bạn thuyền được chia hơn 15 triệu đồng. Giá mực và cá thu năm nay ổn định, thương lái vào tận cảng thu mua.",
      },
      { type: "h2", text: "Khai thác gắn với bảo vệ nguồn lợi" },
      {
        type: "p",
        text: "Ngành chức năng khuyến cáo ngư dân tuân thủ quy định về vùng khai thác, không sử dụng ngư cụ bị cấm và duy trì thiết bị giám sát hành trình suốt chuyến biển. Đây là điều kiện quan trọng để hải sản đánh bắt đáp ứng yêu cầu của các thị trường nhập khẩu khó tính.",
      },
    ],
  },
  {
    section: "kinh-te",
    title: "Cam Vinh vào hệ thống siêu thị lớn ở Hà Nội và TP. Hồ Chí Minh",
    lead: "(Baonghean.vn) - Lần đầu tiên, cam Vinh được đưa vào các hệ thống siêu thị lớn tại Hà Nội và TP. Hồ Chí Minh với số lượng ổn định, có tem truy xuất nguồn gốc và chỉ dẫn địa lý.",
    byline: ["Phú Hương"],
    tags: ["Cam Vinh", "Nông nghiệp", "Thương mại"],
    hoursAgo: 200,
    blocks: [
      {
        type: "figure",
        caption: "Thu hoạch cam tại một trang trại ở huyện Quỳ Hợp.",
        credit: "Ảnh: Phú Hương",
        alt: "Nông dân thu hoạch những quả cam chín vàng",
      },
      {
        type: "p",
        text: "Cam Vinh nổi tiếng với vỏ mỏng, múi mọng nước, vị ngọt thanh. Những năm gần đây, vùng trồng cam ở các huyện Quỳ Hợp, Nghĩa Đàn, Yên Thành được quy hoạch lại theo hướng tập trung, áp dụng quy trình VietGAP.",
      },
      {
        type: "p",
        text: "Theo hợp đồng đã ký, mỗi tuần các hợp tác xã cung ứng hàng chục tấn cam cho siêu thị. Quả phải được tuyển chọn kỹ về kích cỡ, màu sắc, độ ngọt, đóng thùng và dán mã QR để người mua tra cứu vùng trồng, ngày thu hoạch.",
      },
      { type: "h2", text: "Ba yêu cầu bắt buộc với nhà vườn" },
      {
        type: "list",
        ordered: true,
        items: [
          "Ghi chép nhật ký canh tác đầy đủ, đúng quy trình;",
          "Bảo đảm thời gian cách ly sau khi phun thuốc bảo vệ thực vật;",
          "Thu hoạch đúng độ chín, không dùng chất bảo quản.",
        ],
      },
      {
        type: "p",
        text: "Đại diện một hợp tác xã ở Quỳ Hợp cho biết, giá bán vào siêu thị cao hơn bán cho thương lái 15–20%. Quan trọng hơn, đầu ra ổn định giúp nhà vườn thoát cảnh “được mùa mất giá”.",
      },
    ],
  },
  {
    section: "kinh-te",
    title: "Cảng Cửa Lò tăng sản lượng hàng hóa thông qua",
    lead: "(Baonghean.vn) - Sản lượng hàng hóa thông qua cảng Cửa Lò tăng khá so với cùng kỳ, chủ yếu là dăm gỗ, xi măng, clinker và hàng container. Cảng đang đẩy nhanh nâng cấp bến để đón tàu trọng tải lớn.",
    byline: ["Quang An"],
    tags: ["Cảng biển", "Cửa Lò", "Logistics"],
    hoursAgo: 300,
    status: "IN_REVIEW",
    blocks: [
      {
        type: "p",
        text: "Theo doanh nghiệp khai thác cảng, từ đầu năm đến nay, lượng tàu ra vào cảng tăng đều qua từng tháng. Mặt hàng xuất khẩu chủ lực vẫn là dăm gỗ rừng trồng và vật liệu xây dựng; hàng container tuy còn khiêm tốn nhưng đã có tuyến vận chuyển định kỳ hằng tuần.",
      },
      {
        type: "p",
        text: "Để tiếp nhận tàu trọng tải lớn hơn, các bến số 5, số 6 đang được nạo vét luồng, lắp đặt cẩu bờ và mở rộng bãi chứa hàng. Khi hoàn thành, năng lực thông quan của cảng dự kiến tăng thêm khoảng 30%.",
      },
      {
        type: "quote",
        text: "“Doanh nghiệp trong tỉnh không còn phải đưa hàng ra cảng Hải Phòng hay vào cảng Vũng Áng để xuất khẩu, tiết kiệm đáng kể chi phí logistics”, đại diện một doanh nghiệp xuất khẩu dăm gỗ cho biết.",
      },
      {
        type: "p",
        text: "Tỉnh cũng đang kêu gọi đầu tư trung tâm logistics gắn với cảng, kết nối đường sắt và tuyến cao tốc Bắc - Nam, để Cửa Lò trở thành cửa ngõ ra biển của cả khu vực Bắc Trung Bộ và nước bạn Lào.",
      },
    ],
  },
];
