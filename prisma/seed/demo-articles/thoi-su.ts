// Demo stories of the "Thời sự" section (current affairs): the provincial
// council, new rural areas, cooperation with Laos, online public services,
// meeting voters. Fictional; see prisma/seed/demo-articles.ts.
import type { DemoArticle } from "@/prisma/seed/demo-articles/types";

export const thoiSu: DemoArticle[] = [
  {
    section: "thoi-su",
    title: "Khai mạc kỳ họp HĐND tỉnh: Dồn sức tháo gỡ điểm nghẽn giải ngân vốn đầu tư công",
    lead: "(Baonghean.vn) - Sáng nay, HĐND tỉnh khai mạc kỳ họp thường lệ giữa năm. Trong 3 ngày làm việc, các đại biểu sẽ đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, xem xét nhiều nghị quyết quan trọng và dành thời gian thỏa đáng cho phiên chất vấn.",
    byline: ["Thành Duy"],
    tags: ["HĐND tỉnh", "Đầu tư công", "Đất đai", "Nghệ An"],
    hoursAgo: 1.2,
    featured: true,
    blocks: [
      {
        type: "figure",
        caption: "Quang cảnh phiên khai mạc kỳ họp HĐND tỉnh.",
        credit: "Ảnh: Thành Duy",
        alt: "Các đại biểu dự phiên khai mạc trong hội trường",
      },
      {
        type: "p",
        text: "Phát biểu khai mạc, Chủ tịch HĐND tỉnh cho biết 6 tháng đầu năm, tăng trưởng kinh tế của tỉnh ước đạt khá so với cùng kỳ, cao hơn mức bình quân chung của cả nước. Công nghiệp – xây dựng tiếp tục là động lực chính nhờ nhiều nhà máy trong các khu công nghiệp phía Đông Nam đi vào hoạt động. Thu ngân sách đạt hơn một nửa dự toán, thu hút đầu tư trực tiếp nước ngoài duy trì đà tích cực.",
      },
      { type: "h2", text: "Không để vốn “nằm im” trên giấy" },
      {
        type: "p",
        text: "Tuy vậy, tỷ lệ giải ngân vốn đầu tư công đến hết tháng 6 mới đạt khoảng một phần ba kế hoạch. Nguyên nhân chủ yếu được chỉ ra là giải phóng mặt bằng ở một số dự án giao thông còn vướng, giá vật liệu xây dựng biến động, chất lượng hồ sơ chuẩn bị đầu tư ở một số địa phương chưa cao. Nhiều đại biểu đề nghị công khai danh sách công trình chậm tiến độ và gắn trách nhiệm với người đứng đầu.",
      },
      {
        type: "quote",
        text: "“Mỗi dự án chậm giải ngân phải có địa chỉ trách nhiệm rõ ràng và một lộ trình cụ thể. Đồng vốn nằm im là cơ hội phát triển của người dân bị bỏ lỡ”, một đại biểu HĐND tỉnh đơn vị huyện Quỳnh Lưu nhấn mạnh.",
      },
      {
        type: "p",
        text: "Tại kỳ họp này, HĐND tỉnh sẽ xem xét, thông qua các nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn, chính sách hỗ trợ hợp tác xã nông nghiệp và mức thu phí sử dụng công trình hạ tầng tại khu vực cửa khẩu. Dự kiến một phần nguồn vốn sẽ được điều chuyển cho các huyện miền núi, nơi nhu cầu về đường giao thông và trường học còn rất lớn.",
      },
      { type: "h2", text: "Phiên chất vấn được cử tri chờ đợi" },
      {
        type: "p",
        text: "Ngày làm việc thứ hai dành cho phiên chất vấn và trả lời chất vấn. Các nhóm vấn đề được lựa chọn gồm cấp giấy chứng nhận quyền sử dụng đất, tình trạng thiếu thuốc, vật tư y tế ở tuyến huyện và việc sửa chữa các tuyến đường liên xã xuống cấp. Kỳ họp được phát thanh, truyền hình trực tiếp để cử tri trong tỉnh theo dõi.",
      },
    ],
  },
  {
    section: "thoi-su",
    title: "Nam Đàn cơ bản hoàn thành tiêu chí huyện nông thôn mới kiểu mẫu",
    lead: "(Baonghean.vn) - Sau hơn 10 năm kiên trì thực hiện, huyện Nam Đàn – quê hương Chủ tịch Hồ Chí Minh – đã cơ bản hoàn thành bộ tiêu chí huyện nông thôn mới kiểu mẫu và đang hoàn thiện hồ sơ đề nghị xét công nhận.",
    byline: ["Hoài Thu"],
    tags: ["Nông thôn mới", "Nam Đàn", "OCOP", "Nghệ An"],
    hoursAgo: 30,
    blocks: [
      {
        type: "p",
        text: "Tại hội nghị sơ kết của Ban Thường vụ Huyện ủy Nam Đàn, các đại biểu thống nhất đánh giá chương trình xây dựng nông thôn mới đã làm thay đổi rõ nét diện mạo làng quê. Tất cả các xã trên địa bàn đều đạt chuẩn với các tiêu chí về giao thông, trường học, trạm y tế, nước sạch và thu nhập. Thu nhập bình quân đầu người sau 5 năm tăng gần gấp rưỡi, tỷ lệ hộ nghèo giảm xuống mức thấp nhất từ trước đến nay.",
      },
      { type: "h2", text: "Người dân là chủ thể" },
      {
        type: "p",
        text: "Theo lãnh đạo huyện, thành công của chương trình có phần đóng góp quyết định của người dân. Nhiều gia đình tự nguyện hiến đất mở rộng đường, dời tường rào, cổng ngõ; đóng góp tiền, ngày công xây dựng nhà văn hóa xóm. Riêng năm qua, nhân dân đã đóng góp hàng chục tỷ đồng cho các công trình công cộng.",
      },
      {
        type: "quote",
        text: "“Khi bà con thấy con đường đi qua trước ngõ nhà mình, thấy từng đồng đóng góp được công khai, chi tiêu minh bạch, thì chính bà con lại hỏi cán bộ: còn việc gì cần góp sức nữa không”, bí thư chi bộ một xóm ở xã Nam Giang chia sẻ.",
      },
      {
        type: "p",
        text: "Huyện cũng chú trọng phát triển sản phẩm OCOP. Tương Nam Đàn, bánh đa vừng, rau củ sạch và một số sản phẩm dược liệu đã được chứng nhận, có mặt tại nhiều siêu thị ở TP. Vinh và Hà Nội. Các hợp tác xã từng bước đưa sản phẩm lên sàn thương mại điện tử để mở rộng thị trường.",
      },
      { type: "h2", text: "Nhiệm vụ giai đoạn mới" },
      {
        type: "p",
        text: "Dù vậy, lãnh đạo huyện thừa nhận chất lượng một số tiêu chí chưa đồng đều. Một số xã còn thiếu điểm thu gom, xử lý rác thải sinh hoạt; thu nhập từ nông nghiệp vẫn phụ thuộc nhiều vào thời tiết. Thời gian tới, Nam Đàn tập trung phát triển du lịch sinh thái gắn với hệ thống di tích và nông nghiệp ứng dụng công nghệ cao.",
      },
    ],
  },
  {
    section: "thoi-su",
    title: "Nghệ An và tỉnh Xiêng Khoảng (Lào) ký kết kế hoạch hợp tác giai đoạn mới",
    lead: "(Baonghean.vn) - Hai tỉnh thống nhất ưu tiên phối hợp bảo vệ an ninh biên giới, phát triển thương mại qua cửa khẩu, đào tạo nguồn nhân lực và chăm sóc sức khỏe cho cư dân vùng biên.",
    byline: ["Thanh Lê"],
    tags: ["Hợp tác Việt - Lào", "Biên giới", "Nghệ An"],
    hoursAgo: 75,
    blocks: [
      {
        type: "p",
        text: "Trong khuôn khổ chuyến thăm và làm việc của đoàn đại biểu cấp cao tỉnh Xiêng Khoảng tại Nghệ An, lãnh đạo hai tỉnh đã rà soát kết quả thực hiện thỏa thuận hợp tác giai đoạn trước và ký kết kế hoạch hợp tác cho những năm tiếp theo. Hai bên đánh giá quan hệ đoàn kết đặc biệt giữa hai địa phương ngày càng đi vào chiều sâu, thiết thực.",
      },
      {
        type: "figure",
        caption: "Lãnh đạo hai tỉnh ký kết kế hoạch hợp tác.",
        credit: "Ảnh: Thanh Lê",
        alt: "Lễ ký kết kế hoạch hợp tác giữa hai tỉnh",
      },
      { type: "h2", text: "Năm lĩnh vực ưu tiên" },
      {
        type: "list",
        ordered: false,
        items: [
          "Phối hợp quản lý, bảo vệ đường biên, mốc giới và giữ gìn an ninh trật tự khu vực biên giới;",
          "Tạo thuận lợi cho hàng hóa, phương tiện qua cửa khẩu quốc tế Nậm Cắn;",
          "Tiếp nhận sinh viên, cán bộ của tỉnh bạn sang học tập tại các trường đại học, cao đẳng của Nghệ An;",
          "Khám, chữa bệnh cho người dân các bản vùng biên tại bệnh viện tuyến huyện;",
          "Hợp tác trong nông nghiệp, trồng rừng và phát triển du lịch.",
        ],
      },
      {
        type: "p",
        text: "Các huyện có chung đường biên giới như Kỳ Sơn, Tương Dương được giao chủ động duy trì quan hệ kết nghĩa với các huyện giáp biên của tỉnh bạn, tổ chức giao ban định kỳ và phối hợp xử lý kịp thời các vụ việc phát sinh.",
      },
      {
        type: "quote",
        text: "“Tình cảm gắn bó giữa nhân dân hai bên biên giới là tài sản vô giá mà các thế hệ đã dày công vun đắp. Nhiệm vụ hôm nay là biến những thỏa thuận thành việc làm cụ thể, mang lại lợi ích cho người dân”, đại diện lãnh đạo tỉnh Nghệ An phát biểu.",
      },
    ],
  },
  {
    section: "thoi-su",
    title: "Chuyển đổi số: Người dân TP. Vinh làm thủ tục hành chính ngay tại nhà",
    lead: "(Baonghean.vn) - Hơn 80% hồ sơ thủ tục hành chính tại TP. Vinh hiện được tiếp nhận trực tuyến. Chỉ với chiếc điện thoại thông minh, người dân có thể đăng ký khai sinh, xin giấy phép xây dựng hay nộp thuế đất.",
    byline: ["Quang An"],
    tags: ["Chuyển đổi số", "Cải cách hành chính", "TP. Vinh"],
    hoursAgo: 150,
    blocks: [
      {
        type: "figure",
        caption: "Cán bộ bộ phận một cửa phường hướng dẫn người dân nộp hồ sơ trực tuyến.",
        credit: "Ảnh: Quang An",
        alt: "Cán bộ hướng dẫn người dân nộp hồ sơ bằng điện thoại",
      },
      {
        type: "p",
        text: "Tại bộ phận tiếp nhận và trả kết quả của một phường trung tâm, không còn cảnh người dân xếp hàng từ sáng sớm như trước. Phần lớn hồ sơ được nộp qua Cổng dịch vụ công; cán bộ chủ yếu hỗ trợ người cao tuổi hoặc người chưa quen dùng điện thoại. Kết quả được trả qua bưu điện hoặc ngay trên ứng dụng.",
      },
      {
        type: "p",
        text: "Một người dân ở phường Hưng Dũng kể vừa làm thủ tục khai sinh cho con hoàn toàn trực tuyến: “Tôi nộp hồ sơ buổi tối, sáng hôm sau đã nhận được thông báo kết quả. Không phải xin nghỉ làm, cũng không phải đi lại nhiều lần như trước”.",
      },
      { type: "h2", text: "Tổ công nghệ số cộng đồng" },
      {
        type: "p",
        text: "Để không ai bị bỏ lại phía sau, thành phố thành lập tổ công nghệ số cộng đồng ở tất cả các khối, xóm. Thành viên là đoàn viên thanh niên, hội viên phụ nữ và cán bộ cơ sở; họ đến từng hộ gia đình hướng dẫn kích hoạt định danh điện tử, thanh toán không dùng tiền mặt và tra cứu thông tin trên môi trường mạng.",
      },
      {
        type: "p",
        text: "Thời gian tới, thành phố tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, phấn đấu để người dân không phải nộp lại những giấy tờ mà cơ quan nhà nước đã có trong cơ sở dữ liệu.",
      },
    ],
  },
  {
    section: "thoi-su",
    title: "Cử tri Quỳnh Lưu kiến nghị về đê biển và giá vật tư nông nghiệp",
    lead: "(Baonghean.vn) - Trước kỳ họp Quốc hội, Tổ đại biểu Quốc hội tỉnh đã tiếp xúc cử tri huyện Quỳnh Lưu. Cử tri tập trung phản ánh tình trạng xuống cấp của một số tuyến đê biển, giá vật tư nông nghiệp tăng cao và khó khăn của ngư dân khi vươn khơi.",
    byline: ["Thành Duy"],
    tags: ["Tiếp xúc cử tri", "Quốc hội", "Ngư dân", "Nghệ An"],
    hoursAgo: 240,
    blocks: [
      {
        type: "p",
        text: "Tại buổi tiếp xúc, tổ đại biểu đã thông tin về nội dung, chương trình dự kiến của kỳ họp, trong đó có nhiều dự án luật liên quan trực tiếp đến đời sống người dân như đất đai, bảo hiểm xã hội, tài nguyên nước. Không khí buổi tiếp xúc cởi mở, nhiều ý kiến thẳng thắn, tâm huyết.",
      },
      { type: "h2", text: "Lo đê biển trước mùa mưa bão" },
      {
        type: "p",
        text: "Cử tri các xã ven biển bày tỏ lo lắng khi một số đoạn đê đã xuống cấp, mái đê bị sóng đánh sạt lở. Người dân đề nghị sớm bố trí vốn gia cố trước mùa mưa bão, đồng thời có chính sách hỗ trợ các hộ sống sát bờ biển di dời đến nơi an toàn.",
      },
      {
        type: "p",
        text: "Nhiều ý kiến phản ánh giá phân bón, thức ăn chăn nuôi, xăng dầu tăng làm chi phí sản xuất đội lên trong khi giá nông sản bấp bênh. Ngư dân kiến nghị tiếp tục hỗ trợ chi phí nhiên liệu, thiết bị giám sát hành trình và đơn giản hóa thủ tục vay vốn đóng mới tàu cá.",
      },
      {
        type: "quote",
        text: "“Những kiến nghị thuộc thẩm quyền địa phương sẽ được chuyển đến các cơ quan chức năng để giải quyết dứt điểm; những nội dung thuộc thẩm quyền Trung ương, tổ đại biểu sẽ tổng hợp, phản ánh tại kỳ họp”, đại diện Tổ đại biểu Quốc hội tỉnh khẳng định.",
      },
    ],
  },
];
