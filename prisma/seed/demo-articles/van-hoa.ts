// Demo stories of the "Văn hóa" section (culture): the Lotus Village festival
// in Kim Liên, ví and giặm folk song clubs, the Cờn temple festival, a book
// street in Vinh, Thai weaving. Fictional; see prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const vanHoa: DemoArticle[] = [
  {
    section: "van-hoa",
    title: "Lễ hội Làng Sen ở Kim Liên đón hàng vạn lượt khách về dâng hương",
    lead: "(Baonghean.vn) - Trong những ngày diễn ra Lễ hội Làng Sen, hàng vạn lượt đồng bào, du khách trong và ngoài nước đã về Khu di tích Kim Liên dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.",
    byline: ["Hoài Thu"],
    tags: ["Lễ hội", "Kim Liên", "Di tích", "Du lịch"],
    hoursAgo: 11,
    featured: true,
    blocks: [
      {
        type: "figure",
        caption: "Dòng người về thăm quê nội Bác ở làng Sen.",
        credit: "Ảnh: Hoài Thu",
        alt: "Đông đảo du khách xếp hàng vào khu di tích",
      },
      {
        type: "p",
        text: "Ngay từ sáng sớm, dòng người đã nối dài trên con đường rợp bóng cây dẫn vào làng Sen. Nhiều đoàn cựu chiến binh, học sinh, đoàn viên thanh niên từ các tỉnh xa đã lên đường từ đêm hôm trước để kịp dâng hương trong buổi lễ chính.",
      },
      { type: "h2", text: "Đậm đà bản sắc xứ Nghệ" },
      {
        type: "p",
        text: "Bên cạnh phần lễ trang nghiêm, phần hội diễn ra sôi nổi với liên hoan dân ca ví, giặm, hội thi ẩm thực xứ Nghệ, triển lãm ảnh tư liệu về quê hương và cuộc đời, sự nghiệp của Người. Các trò chơi dân gian như kéo co, đánh đu, cờ người thu hút đông đảo du khách tham gia.",
      },
      {
        type: "figure",
        caption: "Biểu diễn dân ca ví, giặm phục vụ du khách.",
        credit: "Ảnh: Hoài Thu",
        alt: "Nghệ nhân hát dân ca trên sân khấu ngoài trời",
      },
      {
        type: "quote",
        text: "“Lần nào về quê Bác tôi cũng thấy bồi hồi. Làng quê vẫn bình dị, mộc mạc như trong những trang sách tôi từng đọc thời đi học”, một du khách đến từ TP. Hồ Chí Minh chia sẻ.",
      },
      {
        type: "p",
        text: "Ban tổ chức bố trí lực lượng hướng dẫn, bãi đỗ xe miễn phí, điểm cấp nước uống và trạm y tế lưu động, bảo đảm lễ hội diễn ra an toàn, văn minh.",
      },
    ],
  },
  {
    section: "van-hoa",
    title: "Câu lạc bộ dân ca ví, giặm: Nơi lớp trẻ tiếp nối di sản",
    lead: "(Baonghean.vn) - Từ khi được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại, dân ca ví, giặm Nghệ Tĩnh vẫn được các câu lạc bộ ở làng quê xứ Nghệ bền bỉ gìn giữ và trao truyền cho thế hệ trẻ.",
    byline: ["Phú Hương"],
    tags: ["Dân ca ví, giặm", "Di sản", "Nghệ An"],
    hoursAgo: 40,
    blocks: [
      {
        type: "p",
        text: "Tối thứ Sáu nào cũng vậy, nhà văn hóa xóm lại rộn ràng tiếng hát. Các thành viên câu lạc bộ, người lớn tuổi nhất đã ngoài 80, nhỏ nhất mới học lớp 4, ngồi quây quần ôn lại những làn điệu ví phường vải, ví đò đưa, giặm kể.",
      },
      {
        type: "p",
        text: "Các nghệ nhân không chỉ dạy hát mà còn kể cho các em nghe hoàn cảnh ra đời của từng câu ví, câu giặm: lúc kéo sợi, lúc chèo đò, lúc cấy lúa. Nhờ vậy, lớp trẻ hiểu rằng dân ca gắn với lao động, với tình làng nghĩa xóm chứ không chỉ là tiết mục biểu diễn.",
      },
      { type: "h2", text: "Đưa dân ca vào trường học" },
      {
        type: "p",
        text: "Nhiều trường tiểu học, THCS đã đưa dân ca ví, giặm vào giờ hoạt động trải nghiệm, tổ chức liên hoan hằng năm. Một số câu lạc bộ còn quay video, đưa lên mạng xã hội những làn điệu được phổ lời mới về quê hương, về an toàn giao thông hay phòng chống đuối nước.",
      },
      {
        type: "quote",
        text: "“Chỉ cần các cháu còn thích hát, còn tìm đến câu lạc bộ là ví, giặm còn sống”, một nghệ nhân ưu tú ở huyện Nghi Lộc chia sẻ.",
      },
    ],
  },
  {
    section: "van-hoa",
    title: "Lễ hội đền Cờn: Nét đẹp văn hóa vùng biển Hoàng Mai",
    lead: "(Baonghean.vn) - Lễ hội đền Cờn ở thị xã Hoàng Mai thu hút hàng nghìn người dân và du khách với nghi lễ rước kiệu, tế lễ trang nghiêm cùng các trò chơi dân gian đặc sắc của cư dân miền biển.",
    byline: ["Đức Anh"],
    tags: ["Lễ hội", "Di tích", "Hoàng Mai"],
    hoursAgo: 96,
    blocks: [
      {
        type: "p",
        text: "Đền Cờn tọa lạc bên cửa biển, là di tích lịch sử - văn hóa cấp quốc gia. Theo các bậc cao niên, lễ hội là dịp để ngư dân cầu mong mưa thuận gió hòa, ra khơi bình an, tôm cá đầy khoang.",
      },
      {
        type: "figure",
        caption: "Đoàn rước kiệu trong ngày chính hội.",
        credit: "Ảnh: Đức Anh",
        alt: "Đoàn rước kiệu trong trang phục truyền thống",
      },
      {
        type: "p",
        text: "Phần hội năm nay có đua thuyền trên biển, kéo co, thi nấu cơm, bóng chuyền bãi biển và đêm hát dân ca. Các làng biển quanh đền chuẩn bị từ nhiều tháng trước, từ may trang phục đến tập luyện các đội thuyền.",
      },
      {
        type: "p",
        text: "Ban tổ chức yêu cầu các hộ kinh doanh niêm yết giá, không đặt hòm công đức tràn lan, giữ gìn vệ sinh môi trường quanh khu di tích để lễ hội vừa giữ được bản sắc vừa văn minh, tiết kiệm.",
      },
    ],
  },
  {
    section: "van-hoa",
    title: "TP. Vinh có phố sách đầu tiên",
    lead: "(Baonghean.vn) - Phố sách với hơn 20 gian hàng của các nhà xuất bản, công ty phát hành đã mở cửa đón bạn đọc, trở thành điểm hẹn cuối tuần mới của người dân và du khách ở TP. Vinh.",
    byline: ["Mai Hoa"],
    tags: ["Văn hóa đọc", "TP. Vinh"],
    hoursAgo: 280,
    blocks: [
      {
        type: "figure",
        caption: "Các em nhỏ đọc sách tại phố sách.",
        credit: "Ảnh: Mai Hoa",
        alt: "Trẻ em ngồi đọc sách dưới tán cây",
      },
      {
        type: "p",
        text: "Phố sách nằm trên tuyến đường rợp bóng cây gần quảng trường, được bố trí ghế đá, góc đọc sách miễn phí và không gian giao lưu tác giả. Ngoài sách mới, nhiều gian hàng có sách cũ, sách quý về lịch sử, văn hóa xứ Nghệ.",
      },
      {
        type: "p",
        text: "Trong tháng đầu tiên, phố sách tổ chức các buổi giao lưu với nhà văn, nhà thơ quê Nghệ An, ra mắt sách thiếu nhi và thi kể chuyện theo sách cho học sinh tiểu học.",
      },
      {
        type: "quote",
        text: "“Chúng tôi mong phố sách trở thành thói quen cuối tuần của các gia đình, để trẻ em có thêm lựa chọn bên cạnh điện thoại và màn hình”, đại diện đơn vị tổ chức cho biết.",
      },
      {
        type: "p",
        text: "Phố sách mở cửa từ 7 giờ đến 22 giờ các ngày cuối tuần và ngày lễ. Bạn đọc có thể mang sách cũ đến góc trao đổi để đổi lấy một cuốn sách khác hoặc tặng cho thư viện các trường học miền núi.",
      },
    ],
  },
  {
    section: "van-hoa",
    title: "Phụ nữ Thái ở Con Cuông hồi sinh nghề dệt thổ cẩm",
    lead: "(Baonghean.vn) - Từ những khung cửi tưởng như đã bị bỏ quên, phụ nữ Thái ở huyện Con Cuông đã khôi phục nghề dệt thổ cẩm truyền thống, vừa giữ gìn bản sắc vừa có thêm thu nhập từ du lịch cộng đồng.",
    byline: ["Nguyên Sơn"],
    tags: ["Làng nghề", "Miền Tây Nghệ An", "Du lịch"],
    hoursAgo: 450,
    blocks: [
      {
        type: "p",
        text: "Dưới những ngôi nhà sàn bên dòng sông Giăng, tiếng khung cửi lách cách vang lên suốt ngày. Các chị em trong tổ hợp tác dệt thổ cẩm tự trồng bông, kéo sợi, nhuộm màu từ lá cây rừng, rồi dệt nên những chiếc khăn, váy áo, túi xách với hoa văn đặc trưng của người Thái.",
      },
      { type: "h2", text: "Thêm nguồn thu từ du lịch cộng đồng" },
      {
        type: "p",
        text: "Du khách đến các homestay trong bản không chỉ mua sản phẩm mà còn được ngồi vào khung cửi, tự tay dệt một đoạn vải nhỏ làm kỷ niệm. Nhờ vậy, thu nhập của các thành viên tổ hợp tác tăng đáng kể, nhiều người đã có thể nuôi con ăn học.",
      },
      {
        type: "p",
        text: "Cái khó hiện nay là sản phẩm còn làm thủ công, số lượng ít, mẫu mã chưa phong phú. Huyện đang hỗ trợ tổ hợp tác đăng ký nhãn hiệu, tham gia hội chợ và đưa sản phẩm lên các nền tảng bán hàng trực tuyến.",
      },
    ],
  },
];
