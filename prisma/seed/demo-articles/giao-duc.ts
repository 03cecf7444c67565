// Demo stories of the "Giáo dục" section (education): the school-leaving
// exam, a STEM robot team from Vinh, teachers in the highlands of Kỳ Sơn,
// admission to grade 10. Fictional; see prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const giaoDuc: DemoArticle[] = [
  {
    section: "giao-duc",
    title: "Hơn 38.000 thí sinh Nghệ An bước vào kỳ thi tốt nghiệp THPT",
    lead: "(Baonghean.vn) - Hôm nay, hơn 38.000 thí sinh trên địa bàn tỉnh làm thủ tục dự thi tốt nghiệp THPT tại 80 điểm thi. Công tác chuẩn bị được đánh giá chu đáo, bảo đảm an toàn, nghiêm túc, đúng quy chế.",
    byline: ["Thanh Lê", "Đức Anh"],
    tags: ["Kỳ thi tốt nghiệp THPT", "Tuyển sinh", "Nghệ An"],
    hoursAgo: 0.8,
    featured: true,
    blocks: [
      {
        type: "figure",
        caption: "Thí sinh xem số báo danh, phòng thi tại một điểm thi ở TP. Vinh.",
        credit: "Ảnh: Thanh Lê",
        alt: "Thí sinh đứng trước bảng danh sách phòng thi",
      },
      {
        type: "p",
        text: "Ngay từ sớm, các điểm thi ở TP. Vinh đã đông đúc phụ huynh đưa con đến làm thủ tục. Thí sinh được phổ biến quy chế, kiểm tra thông tin cá nhân và nhận thẻ dự thi. Nhiều điểm thi bố trí khu vực chờ có mái che, nước uống miễn phí cho phụ huynh.",
      },
      { type: "h2", text: "Tiếp sức mùa thi" },
      {
        type: "p",
        text: "Hàng trăm tình nguyện viên là đoàn viên, sinh viên có mặt tại các điểm thi để hướng dẫn đường, trông giữ xe và hỗ trợ thí sinh quên giấy tờ. Ở các huyện miền núi, nhiều nhà trường tổ chức cho học sinh ở xa ăn, nghỉ tại trường trong những ngày thi.",
      },
      {
        type: "p",
        text: "Lực lượng công an, y tế, điện lực được huy động bảo đảm an ninh, trật tự, an toàn thực phẩm và cung cấp điện liên tục. Đề thi, bài thi được bảo quản, vận chuyển dưới sự giám sát chặt chẽ của lực lượng công an.",
      },
      {
        type: "quote",
        text: "“Các em hãy bình tĩnh, đọc kỹ đề và phân bổ thời gian hợp lý. Một tinh thần thoải mái cũng quan trọng như kiến thức đã ôn luyện”, đại diện Sở Giáo dục và Đào tạo nhắn nhủ các thí sinh.",
      },
    ],
  },
  {
    section: "giao-duc",
    title: "Học sinh Vinh mang robot tự chế dự sân chơi STEM toàn quốc",
    lead: "(Baonghean.vn) - Chiếc robot phân loại rác do nhóm học sinh lớp 9 ở TP. Vinh tự thiết kế đã giành giải cao ở vòng chung kết sân chơi STEM toàn quốc.",
    byline: ["Mai Hoa"],
    tags: ["Giáo dục STEM", "Chuyển đổi số", "TP. Vinh"],
    hoursAgo: 15,
    blocks: [
      {
        type: "p",
        text: "Ý tưởng bắt nguồn từ chính thùng rác ở căng tin trường, nơi vỏ hộp sữa, chai nhựa và thức ăn thừa thường bị bỏ lẫn vào nhau. Nhóm 4 học sinh đã mất gần nửa năm để lập trình, lắp ráp và thử nghiệm robot có khả năng nhận diện, phân loại rác vào ba ngăn riêng.",
      },
      {
        type: "p",
        text: "Linh kiện được mua từ các cửa hàng điện tử, phần thân làm từ tấm mica và nhựa tái chế. Thầy giáo hướng dẫn cho biết, phần khó nhất là giúp camera nhận diện đúng vật thể khi ánh sáng thay đổi; các em đã phải chụp hàng nghìn bức ảnh để “dạy” cho robot.",
      },
      {
        type: "quote",
        text: "“Chúng em muốn làm một thứ có ích cho trường mình trước đã, sau đó mới nghĩ đến giải thưởng”, trưởng nhóm chia sẻ.",
      },
      {
        type: "p",
        text: "Nhà trường dự kiến đặt robot tại căng tin từ năm học tới và mở thêm câu lạc bộ STEM cho học sinh khối 6, 7.",
      },
    ],
  },
  {
    section: "giao-duc",
    title: "Thầy cô “cắm bản” ở Kỳ Sơn: Gieo chữ nơi lưng chừng mây",
    lead: "(Baonghean.vn) - Ở những điểm trường lẻ của huyện biên giới Kỳ Sơn, nhiều thầy cô giáo đã gắn bó hàng chục năm, vượt đèo, lội suối để mang con chữ đến với học trò người Mông, người Khơ Mú.",
    byline: ["Nguyên Sơn"],
    tags: ["Giáo dục vùng cao", "Miền Tây Nghệ An", "Nhà giáo"],
    hoursAgo: 180,
    blocks: [
      {
        type: "p",
        text: "Điểm trường nằm cách trung tâm xã gần 20 km đường rừng. Mùa khô, xe máy còn vào được một đoạn; mùa mưa, thầy cô phải đi bộ nửa ngày, mang theo gạo, mắm muối cho cả tuần. Lớp học ghép hai trình độ, học trò có em phải đi bộ hơn một giờ mới tới lớp.",
      },
      {
        type: "figure",
        caption: "Giờ học tại một điểm trường lẻ ở huyện Kỳ Sơn.",
        credit: "Ảnh: Nguyên Sơn",
        alt: "Cô giáo hướng dẫn học sinh đọc bài trong lớp học đơn sơ",
      },
      { type: "h2", text: "Giữ học trò ở lại với con chữ" },
      {
        type: "p",
        text: "Mỗi đầu năm học, thầy cô lại đến từng nhà vận động phụ huynh cho con đi học đều. Có thầy giáo đã học tiếng Mông để trò chuyện với bà con, giải thích vì sao các em cần học hết cấp, không nghỉ học giữa chừng để lên nương hay lấy chồng sớm.",
      },
      {
        type: "quote",
        text: "“Nhìn các em đọc được, viết được, rồi có em thi đỗ vào trường dân tộc nội trú, mình thấy bao vất vả đều xứng đáng”, một cô giáo đã có 15 năm cắm bản chia sẻ.",
      },
      {
        type: "p",
        text: "Những năm gần đây, nhiều điểm trường đã được xây kiên cố, có nhà công vụ cho giáo viên và điện lưới quốc gia. Dù vậy, đường đến trường vào mùa mưa vẫn là nỗi lo thường trực của cả thầy và trò.",
      },
    ],
  },
  {
    section: "giao-duc",
    title: "Tuyển sinh lớp 10: Nhiều trường ở TP. Vinh có tỷ lệ chọi cao",
    lead: "(Baonghean.vn) - Sở Giáo dục và Đào tạo vừa công bố số lượng hồ sơ đăng ký dự tuyển vào lớp 10 các trường THPT công lập. Một số trường ở TP. Vinh có tỷ lệ chọi trên 1/1,5, áp lực không nhỏ với học sinh và phụ huynh.",
    byline: ["Thu Huyền"],
    tags: ["Tuyển sinh", "Lớp 10", "TP. Vinh"],
    hoursAgo: 380,
    blocks: [
      {
        type: "p",
        text: "Năm nay, toàn tỉnh có hơn 40.000 học sinh tốt nghiệp THCS, trong khi chỉ tiêu vào các trường THPT công lập chiếm khoảng 70%. Số còn lại sẽ học tại trường tư thục, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên hoặc học nghề.",
      },
      { type: "p", text: "Để con bước vào kỳ thi với tâm lý tốt nhất, ngành giáo dục khuyến nghị phụ huynh:" },
      {
        type: "list",
        ordered: true,
        items: [
          "Cân nhắc nguyện vọng dựa trên học lực thực tế của con và kết quả thi thử;",
          "Không tạo áp lực, so sánh con với bạn bè;",
          "Quan tâm đến chế độ ăn, ngủ của con trong những tuần ôn thi cuối cùng;",
          "Tìm hiểu thêm các hướng đi khác như học nghề, học trường tư thục chất lượng.",
        ],
      },
      {
        type: "p",
        text: "Học sinh được điều chỉnh nguyện vọng một lần trong thời gian quy định. Sở Giáo dục và Đào tạo sẽ công bố điểm chuẩn ngay sau khi có kết quả chấm thi.",
      },
    ],
  },
];
