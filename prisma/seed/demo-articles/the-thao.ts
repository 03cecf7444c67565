// Demo stories of the "Thể thao" section (sport): Sông Lam Nghệ An at home,
// beach volleyball in Cửa Lò, boat racing on the Lam river, a youth football
// trial. Match, players and scores are fictional; see prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const theThao: DemoArticle[] = [
  {
    section: "the-thao",
    title: "Sông Lam Nghệ An ngược dòng ấn tượng trên sân Vinh",
    lead: "(Baonghean.vn) - Bị dẫn bàn từ sớm, các cầu thủ Sông Lam Nghệ An vẫn kiên trì lối chơi và ghi liền 2 bàn trong hiệp hai, mang về 3 điểm quý giá trước sự cổ vũ của hàng vạn khán giả nhà.",
    byline: ["Minh Quân"],
    tags: ["Sông Lam Nghệ An", "V.League", "Bóng đá"],
    hoursAgo: 8,
    featured: true,
    blocks: [
      {
        type: "figure",
        caption: "Niềm vui của các cầu thủ Sông Lam Nghệ An sau bàn thắng quyết định.",
        credit: "Ảnh: Minh Quân",
        alt: "Các cầu thủ áo vàng ôm nhau ăn mừng bàn thắng",
      },
      {
        type: "p",
        text: "Đội khách nhập cuộc hứng khởi và có bàn mở tỷ số ngay phút 12 từ một tình huống phản công nhanh. Sau bàn thua, đội chủ nhà dâng cao đội hình nhưng các đường chuyền cuối còn thiếu chính xác, hiệp một khép lại với lợi thế nghiêng về đội khách.",
      },
      { type: "h2", text: "Hiệp hai bùng nổ" },
      {
        type: "p",
        text: "Những điều chỉnh nhân sự trong giờ nghỉ phát huy hiệu quả. Phút 58, tiền vệ trẻ vừa được tung vào sân thực hiện cú sút xa đưa bóng găm thẳng góc cao khung thành. Mười lăm phút sau, từ quả phạt góc bên cánh trái, trung vệ đội trưởng bật cao đánh đầu ấn định chiến thắng 2-1.",
      },
      {
        type: "quote",
        text: "“Các cầu thủ đã không buông xuôi khi bị dẫn trước. Chiến thắng này dành tặng những khán giả đã đến sân, tiếp sức cho đội suốt 90 phút”, huấn luyện viên trưởng Sông Lam Nghệ An nói trong buổi họp báo sau trận.",
      },
      {
        type: "p",
        text: "Với 3 điểm giành được, đội bóng xứ Nghệ tạm vươn lên nửa trên bảng xếp hạng. Ở vòng đấu tới, thầy trò huấn luyện viên trưởng sẽ có chuyến làm khách đầy thử thách trước một trong những ứng viên vô địch.",
      },
    ],
  },
  {
    section: "the-thao",
    title: "Khởi tranh giải bóng chuyền bãi biển mở rộng Cửa Lò",
    lead: "(Baonghean.vn) - Hơn 40 đội nam, nữ đến từ nhiều tỉnh, thành trong cả nước tranh tài tại giải bóng chuyền bãi biển mở rộng trên bãi biển Cửa Lò, góp phần quảng bá du lịch biển Nghệ An.",
    byline: ["Công Kiên"],
    tags: ["Bóng chuyền bãi biển", "Cửa Lò", "Thể thao phong trào", "Du lịch"],
    hoursAgo: 2,
    blocks: [
      {
        type: "p",
        text: "Giải được tổ chức theo thể thức thi đấu vòng bảng, chọn các đội mạnh nhất vào vòng loại trực tiếp. Sân thi đấu được dựng ngay trên bãi cát trước quảng trường, khán đài có mái che cho hàng nghìn khán giả.",
      },
      {
        type: "p",
        text: "Năm nay, ban tổ chức mở thêm nội dung dành cho các đội phong trào của các cơ quan, doanh nghiệp và câu lạc bộ bóng chuyền ở các xã, phường ven biển. Nhiều trận đấu diễn ra vào buổi chiều muộn, khi nắng đã dịu, thu hút đông đảo du khách dừng chân theo dõi.",
      },
      {
        type: "quote",
        text: "“Bóng chuyền bãi biển là môn thể thao gắn với biển, phù hợp với du lịch Cửa Lò. Chúng tôi muốn biến giải đấu thành điểm hẹn thường niên của người yêu thể thao”, đại diện ban tổ chức cho biết.",
      },
      {
        type: "p",
        text: "Giải kéo dài 4 ngày, trận chung kết các nội dung diễn ra vào chiều Chủ nhật. Tổng giá trị giải thưởng hơn 200 triệu đồng, ngoài ra ban tổ chức còn trao giải cho cặp vận động viên trẻ nhất và đội có phong cách thi đấu đẹp nhất.",
      },
    ],
  },
  {
    section: "the-thao",
    title: "Đua thuyền truyền thống trên sông Lam quy tụ đội thuyền của 10 địa phương",
    lead: "(Baonghean.vn) - Giải đua thuyền truyền thống trên sông Lam thu hút hàng nghìn người dân hai bên bờ đến cổ vũ cho các đội thuyền của 10 huyện, thị xã.",
    byline: ["Minh Quân", "Hữu Vi"],
    tags: ["Đua thuyền", "Thể thao phong trào", "Lễ hội"],
    hoursAgo: 88,
    blocks: [
      {
        type: "p",
        text: "Mỗi đội gồm 22 tay chèo và một người cầm lái, thi đấu ở cự ly 1.000 m cho nam và 800 m cho nữ. Tiếng trống, tiếng hò reo vang dậy cả một khúc sông mỗi khi các thuyền rẽ nước lao về đích.",
      },
      {
        type: "figure",
        caption: "Các đội thuyền tăng tốc ở đoạn nước rút.",
        credit: "Ảnh: Hữu Vi",
        alt: "Những chiếc thuyền đua rẽ nước trên sông",
      },
      {
        type: "p",
        text: "Các đội đều tập luyện từ nhiều tuần trước. Tay chèo phần lớn là nông dân, ngư dân, có những gia đình cả cha và con cùng tham gia. Với họ, giải thưởng không quan trọng bằng niềm tự hào của làng quê mình.",
      },
      {
        type: "p",
        text: "Kết thúc giải, đội thuyền huyện Hưng Nguyên giành giải nhất nội dung nam, đội thuyền huyện Nghi Lộc giành giải nhất nội dung nữ.",
      },
    ],
  },
  {
    section: "the-thao",
    title: "Lò đào tạo bóng đá xứ Nghệ tuyển chọn lứa cầu thủ nhí mới",
    lead: "(Baonghean.vn) - Hơn 600 em nhỏ từ 10 đến 12 tuổi ở nhiều tỉnh miền Trung đã tham gia đợt tuyển sinh năng khiếu bóng đá của Sông Lam Nghệ An. Chỉ khoảng 30 em được chọn vào lớp năng khiếu.",
    byline: ["Hữu Vi"],
    tags: ["Sông Lam Nghệ An", "Bóng đá", "Bóng đá trẻ"],
    hoursAgo: 26,
    blocks: [
      {
        type: "p",
        text: "Các em trải qua nhiều bài kiểm tra về thể lực, kỹ thuật cơ bản như dẫn bóng, chuyền bóng, sút cầu môn và thi đấu đối kháng. Hội đồng tuyển sinh gồm các huấn luyện viên trẻ và một số cựu tuyển thủ quốc gia của đội bóng.",
      },
      {
        type: "p",
        text: "Theo ban huấn luyện, ngoài kỹ thuật, các em còn được đánh giá về tố chất, khả năng đọc trận đấu và ý chí. Những em trúng tuyển sẽ vừa tập luyện vừa học văn hóa tại trường phổ thông gần trung tâm đào tạo.",
      },
      {
        type: "quote",
        text: "“Nhiều cầu thủ khoác áo đội tuyển quốc gia đã trưởng thành từ những lần tuyển chọn như hôm nay. Chúng tôi tìm những em có đam mê thật sự, chịu khó và có tinh thần đồng đội”, một huấn luyện viên cho biết.",
      },
      {
        type: "p",
        text: "Đợt tuyển sinh thứ hai sẽ được tổ chức tại các huyện miền núi phía Tây của tỉnh, nhằm tạo cơ hội cho những em có năng khiếu nhưng ở xa trung tâm.",
      },
    ],
  },
];
