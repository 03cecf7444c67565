// The sections as <option>s, for every section <select> in the newsroom.
export function SectionOptions({ sections }: { sections: { id: string; name: string }[] }) {
  return sections.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));
}
