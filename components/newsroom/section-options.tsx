// The sections as <option>s, for every section <select> in the newsroom.
// Names come already in the newsroom user's language (sectionsIn,
// lib/taxonomy/section-name.ts), picked on the server where the data is read.
export function SectionOptions({ sections }: { sections: { id: string; name: string }[] }) {
  return sections.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));
}
