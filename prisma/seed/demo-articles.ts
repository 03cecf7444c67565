// Demo content for the Sapo demo site: an imitation of Nghe An newspaper
// (Baonghean.vn) in Vietnamese, seven sections and about thirty short stories.
// The articles themselves live one file per section in
// prisma/seed/demo-articles/. All texts are original and fictional; names of
// officials and private persons are not given on purpose. The real seed
// article (article-baonghean-ru.txt, in Russian translation) and its
// Vietnamese version (seed-article-vi.ts) are added by lib/bootstrap/demo-content.ts.
import { giaoDuc } from "@/prisma/seed/demo-articles/giao-duc";
import { kinhTe } from "@/prisma/seed/demo-articles/kinh-te";
import { phapLuat } from "@/prisma/seed/demo-articles/phap-luat";
import { theThao } from "@/prisma/seed/demo-articles/the-thao";
import { thoiSu } from "@/prisma/seed/demo-articles/thoi-su";
import { vanHoa } from "@/prisma/seed/demo-articles/van-hoa";
import type { DemoArticle, DemoSectionSlug } from "@/prisma/seed/demo-articles/types";
import { xaHoi } from "@/prisma/seed/demo-articles/xa-hoi";

export type { DemoArticle, DemoBlock, DemoSectionSlug } from "@/prisma/seed/demo-articles/types";

export const demoSections: { slug: DemoSectionSlug; name: string; description: string }[] = [
  {
    slug: "thoi-su",
    name: "Thời sự",
    description: "Hoạt động của cấp ủy, chính quyền tỉnh Nghệ An, các kỳ họp HĐND, tiếp xúc cử tri, quốc phòng – an ninh và đối ngoại.",
  },
  {
    slug: "kinh-te",
    name: "Kinh tế",
    description: "Khu công nghiệp, thu hút đầu tư, nông nghiệp, thủy sản, thương mại và dịch vụ trên địa bàn tỉnh.",
  },
  {
    slug: "xa-hoi",
    name: "Xã hội",
    description: "Y tế, giao thông, thời tiết, an sinh xã hội và đời sống thường ngày của người dân TP. Vinh và các địa phương.",
  },
  {
    slug: "van-hoa",
    name: "Văn hóa",
    description: "Lễ hội, dân ca ví, giặm, làng nghề, di tích và đời sống văn hóa trên quê hương Chủ tịch Hồ Chí Minh.",
  },
  {
    slug: "the-thao",
    name: "Thể thao",
    description: "Bóng đá Sông Lam Nghệ An, thể thao phong trào, thể thao dân tộc và thành tích của vận động viên xứ Nghệ.",
  },
  {
    slug: "phap-luat",
    name: "Pháp luật",
    description: "An ninh trật tự, phòng chống tội phạm, xét xử, cảnh báo và tư vấn pháp luật cho bạn đọc.",
  },
  {
    slug: "giao-duc",
    name: "Giáo dục",
    description: "Trường lớp, thi cử, tuyển sinh, đổi mới dạy và học, chuyện nghề của thầy cô giáo vùng cao.",
  },
];

/**
 * The demo paper's tagline and footer, stored as site settings when the demo
 * is loaded (admins change them in /newsroom/settings). The address, licence
 * and contacts are made up.
 */
export const demoSiteSettings = {
  siteName: "Báo Nghệ An",
  tagline: "Tin tức xứ Nghệ mỗi ngày — nhanh, chính xác, gần gũi",
  footerText: [
    "Trang tin điện tử trình diễn của phần mềm tòa soạn Sapo. Bài viết, bút danh và số liệu đều là hư cấu.",
    "Giấy phép hoạt động báo điện tử số 00/GP-MẪU (thông tin minh họa).",
    "Tòa soạn: Số 1 đường Hoa Sen, TP. Vinh, tỉnh Nghệ An · Điện thoại: 0238 000 0000 · Email: toasoan@baomau.example",
  ].join("\n"),
};

export const demoArticles: DemoArticle[] = [...thoiSu, ...kinhTe, ...xaHoi, ...vanHoa, ...theThao, ...phapLuat, ...giaoDuc];
