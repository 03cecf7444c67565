// Demo stories of the "Xã hội" section (society): heavy rain in the western
// districts, a stroke centre, a ring road, housing for poor families, and a
// weekend walking street (still a draft). Fictional; see
// prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const xaHoi: DemoArticle[] = [
  {
    section: "xa-hoi",
    title: "Các huyện miền Tây Nghệ An chủ động ứng phó mưa lớn sau bão",
    lead: "(Baonghean.vn) - Do ảnh hưởng của hoàn lưu bão, các huyện miền núi phía Tây Nghệ An có mưa to đến rất to trong 2 ngày tới. Chính quyền các địa phương đang khẩn trương rà soát, di dời người dân khỏi vùng có nguy cơ sạt lở đất, lũ quét.",
    byline: ["Nguyên Sơn"],
    tags: ["Mưa lũ", "Miền Tây Nghệ An", "Phòng chống thiên tai"],
    hoursAgo: 4.5,
    featured: true,
    blocks: [
      {
        type: "figure",
        caption: "Lực lượng chức năng giúp người dân di dời tài sản đến nơi an toàn.",
        credit: "Ảnh: Nguyên Sơn",
        alt: "Bộ đội giúp người dân chuyển đồ đạc ra khỏi vùng nguy hiểm",
      },
      {
        type: "p",
        text: "Theo Đài Khí tượng Thủy văn tỉnh, lượng mưa phổ biến ở các huyện Kỳ Sơn, Tương Dương, Quế Phong, Con Cuông có thể đạt 150–250 mm, có nơi trên 300 mm. Mực nước trên các sông, suối nhỏ lên nhanh; nguy cơ cao xảy ra sạt lở đất ở vùng núi dốc và ngập úng cục bộ ở vùng trũng.",
      },
      { type: "h2", text: "Không để bị động, bất ngờ" },
      {
        type: "p",
        text: "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh yêu cầu các địa phương kiểm tra toàn bộ khu dân cư ven sông, suối, chân đồi; kiên quyết di dời người dân ra khỏi vùng nguy hiểm. Các hồ chứa thủy lợi, thủy điện phải vận hành đúng quy trình, thông báo sớm cho vùng hạ du trước khi xả lũ.",
      },
      { type: "p", text: "Người dân vùng có nguy cơ được khuyến cáo:" },
      {
        type: "list",
        ordered: false,
        items: [
          "Chuẩn bị lương thực, nước uống, thuốc men đủ dùng trong nhiều ngày;",
          "Không đi qua ngầm tràn, đập tràn khi nước đang chảy xiết;",
          "Không vớt củi, đánh bắt cá trên sông, suối khi có lũ;",
          "Theo dõi thông tin cảnh báo trên loa truyền thanh của xã và trên điện thoại.",
        ],
      },
      {
        type: "p",
        text: "Các lực lượng quân đội, công an, dân quân tự vệ đã được bố trí sẵn sàng tại những điểm xung yếu cùng phương tiện, thiết bị cứu hộ. Tổ xung kích ở các bản túc trực để hỗ trợ người dân khi có tình huống xấu.",
      },
    ],
  },
  {
    section: "xa-hoi",
    title: "Bệnh viện tuyến tỉnh đưa vào hoạt động Trung tâm Đột quỵ",
    lead: "(Baonghean.vn) - Trung tâm Đột quỵ với hệ thống chụp mạch hiện đại giúp người bệnh ở Nghệ An và các tỉnh lân cận được can thiệp trong “thời gian vàng”, không phải chuyển tuyến ra Hà Nội.",
    byline: ["Mai Hoa"],
    tags: ["Y tế", "Đột quỵ", "TP. Vinh"],
    hoursAgo: 20,
    blocks: [
      {
        type: "p",
        text: "Trung tâm có 40 giường bệnh, đơn vị hồi sức tích cực riêng và đội ngũ bác sĩ được đào tạo chuyên sâu về can thiệp mạch não. Người bệnh đến viện được tiếp nhận theo quy trình báo động đỏ nội viện: chụp chiếu, xét nghiệm và hội chẩn được tiến hành song song để rút ngắn thời gian điều trị.",
      },
      {
        type: "quote",
        text: "“Với đột quỵ, mỗi phút trôi qua người bệnh mất đi hàng triệu tế bào não. Được điều trị càng sớm, khả năng hồi phục càng cao và di chứng càng ít”, một bác sĩ của trung tâm cho biết.",
      },
      { type: "h2", text: "Nhận biết sớm các dấu hiệu" },
      { type: "p", text: "Các bác sĩ khuyến cáo người dân ghi nhớ những dấu hiệu sau và gọi cấp cứu ngay khi gặp:" },
      {
        type: "list",
        ordered: false,
        items: [
          "Mặt méo một bên, nhân trung lệch khi cười;",
          "Tay, chân yếu hoặc tê một bên, không nâng lên được;",
          "Nói ngọng, nói khó hoặc không hiểu lời người khác;",
          "Gọi ngay 115 và ghi nhớ thời điểm xuất hiện triệu chứng.",
        ],
      },
      {
        type: "p",
        text: "Từ khi đi vào hoạt động thử nghiệm, trung tâm đã can thiệp thành công cho hàng trăm ca bệnh, nhiều người bệnh xuất viện sau một tuần, tự đi lại và sinh hoạt bình thường.",
      },
    ],
  },
  {
    section: "xa-hoi",
    title: "Đường vành đai phía Tây TP. Vinh sắp thông xe, giảm tải cho nội đô",
    lead: "(Baonghean.vn) - Tuyến đường vành đai dài gần 18 km đã hoàn thành khoảng 90% khối lượng, dự kiến thông xe trong quý tới, giúp xe tải nặng không còn phải đi qua trung tâm thành phố.",
    byline: ["Công Kiên"],
    tags: ["Giao thông", "TP. Vinh", "Đầu tư công"],
    hoursAgo: 98,
    blocks: [
      {
        type: "p",
        text: "Trên công trường, các nhà thầu đang tập trung thảm bê tông nhựa, lắp đặt hệ thống chiếu sáng và biển báo. Các cầu vượt kênh, nút giao với quốc lộ đã cơ bản hoàn thành; một số đoạn đi qua khu dân cư đang hoàn thiện vỉa hè và rãnh thoát nước.",
      },
      {
        type: "figure",
        caption: "Thi công thảm nhựa mặt đường trên tuyến vành đai.",
        credit: "Ảnh: Công Kiên",
        alt: "Máy rải nhựa làm việc trên công trường đường",
      },
      {
        type: "p",
        text: "Theo Ban Quản lý dự án, khó khăn lớn nhất là giải phóng mặt bằng ở một số đoạn có nhiều hộ dân. Nhờ chính quyền các xã, phường vận động, đối thoại, đến nay toàn bộ mặt bằng đã được bàn giao cho đơn vị thi công.",
      },
      {
        type: "p",
        text: "Khi đưa vào sử dụng, tuyến đường sẽ kết nối các khu công nghiệp phía Bắc với cảng Cửa Lò và khu vực phía Nam thành phố, giảm ùn tắc trên các trục đường nội đô vào giờ cao điểm.",
      },
    ],
  },
  {
    section: "xa-hoi",
    title: "Hơn 1.000 hộ nghèo miền núi được hỗ trợ xây nhà mới trước mùa mưa",
    lead: "(Baonghean.vn) - Từ nguồn vận động xã hội hóa và ngân sách, hơn 1.000 ngôi nhà đại đoàn kết đã được khởi công cho hộ nghèo, hộ gia đình chính sách ở các huyện miền núi, giúp bà con có chỗ ở an toàn trước mùa mưa bão.",
    byline: ["Phương Thúy"],
    tags: ["An sinh xã hội", "Miền Tây Nghệ An", "Nghệ An"],
    hoursAgo: 170,
    blocks: [
      {
        type: "p",
        text: "Mỗi hộ được hỗ trợ từ 50 đến 60 triệu đồng để xây mới hoặc sửa chữa nhà ở. Cùng với số tiền này, họ hàng, làng xóm góp thêm ngày công, gỗ, cát sỏi; bộ đội biên phòng và đoàn viên thanh niên giúp vận chuyển vật liệu lên những bản xa nhất.",
      },
      {
        type: "p",
        text: "Ở bản Huồi Cọ, ngôi nhà mới lợp tôn của một gia đình người Mông vừa kịp hoàn thành trước những cơn mưa đầu mùa. Người chủ nhà nói, trước đây cứ mỗi lần mưa to là cả nhà phải sang nhờ hàng xóm vì mái tranh dột nát.",
      },
      { type: "h2", text: "Xóa nhà tạm, không ai bị bỏ lại" },
      {
        type: "p",
        text: "Tỉnh đặt mục tiêu cơ bản xóa nhà tạm, nhà dột nát trong năm nay. Ủy ban MTTQ các cấp được giao giám sát để tiền hỗ trợ đến đúng đối tượng, công trình bảo đảm chất lượng và phù hợp với phong tục, tập quán của đồng bào.",
      },
    ],
  },
  {
    section: "xa-hoi",
    title: "TP. Vinh thí điểm phố đi bộ cuối tuần quanh hồ Cửa Nam",
    lead: "(Baonghean.vn) - Từ tháng sau, khu vực quanh hồ Cửa Nam sẽ trở thành phố đi bộ vào tối thứ Bảy và Chủ nhật, với không gian biểu diễn nghệ thuật, ẩm thực và trò chơi dân gian.",
    byline: ["Thanh Lê"],
    tags: ["TP. Vinh", "Du lịch", "Đô thị"],
    hoursAgo: 2,
    status: "DRAFT",
    blocks: [
      {
        type: "p",
        text: "Theo phương án, phố đi bộ hoạt động từ 18 giờ đến 23 giờ, các phương tiện giao thông được phân luồng sang các tuyến đường lân cận. Thành phố bố trí các điểm trông giữ xe, nhà vệ sinh công cộng và lực lượng bảo đảm an ninh trật tự.",
      },
      {
        type: "p",
        text: "Các câu lạc bộ dân ca ví, giặm, nhóm nhạc trẻ và nghệ nhân làng nghề sẽ luân phiên biểu diễn. Sau 3 tháng thí điểm, thành phố sẽ lấy ý kiến người dân, hộ kinh doanh để quyết định có duy trì lâu dài hay không.",
      },
    ],
  },
];
