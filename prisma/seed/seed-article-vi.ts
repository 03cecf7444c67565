// A Vietnamese version of the seed article, linked to the Russian one as its
// translation in the demo content, so the reader site shows "Read in …"
// links and hreflang alternates out of the box. Written for Sapo's demo from
// the Russian text in article-baonghean-ru.txt (abridged).
import type { DemoBlock } from "@/prisma/seed/demo-articles";

export const seedArticleVi: { title: string; lead: string; tags: string[]; blocks: DemoBlock[] } = {
  title: "Tập trung xây dựng mô hình, điểm sáng trong công tác dân vận chính quyền ở lĩnh vực yếu, khó",
  lead:
    "(Baonghean.vn) - Một trong những yêu cầu của công tác dân vận chính quyền là tập trung xây dựng mô hình, điểm sáng ở những lĩnh vực, địa bàn yếu, khó, bảo đảm thiết thực, hiệu quả.",
  tags: ["Dân vận", "Dân chủ ở cơ sở", "Nghệ An"],
  blocks: [
    { type: "figure", caption: "Quang cảnh hội nghị tập huấn.", credit: "Ảnh: MH", alt: "Hội trường với các đại biểu dự hội nghị tập huấn" },
    {
      type: "p",
      text:
        "Sáng 23/6, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận chính quyền và Luật Thực hiện dân chủ ở cơ sở. Dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy, cán bộ làm công tác dân vận của các sở, ban, ngành và các huyện, thành phố, thị xã.",
    },
    { type: "h2", text: "Dân vận khéo gắn với cải cách hành chính" },
    {
      type: "p",
      text:
        "Các báo cáo viên đã quán triệt những điểm mới của Luật Thực hiện dân chủ ở cơ sở, hướng dẫn cách xây dựng và nhân rộng mô hình “Dân vận khéo” trong các cơ quan nhà nước, nhất là ở những lĩnh vực còn nhiều bức xúc như đất đai, giải phóng mặt bằng, thủ tục hành chính.",
    },
    {
      type: "quote",
      text: "Mỗi mô hình phải xuất phát từ việc cụ thể, giải quyết được việc khó, và người dân phải thấy được lợi ích thiết thực.",
    },
    {
      type: "p",
      text:
        "Hội nghị đề nghị các cơ quan, đơn vị tiếp tục đổi mới phong cách, lề lối làm việc của cán bộ, công chức; tăng cường đối thoại với nhân dân và giải quyết kịp thời, dứt điểm các kiến nghị ngay từ cơ sở.",
    },
  ],
};
