"use client";
// One whole-number setting of the settings form (and the props the form
// hands each of its parts): its label, the input with its bounds, the hint
// under it and the server's refusal, linked for screen readers (the hint's
// id is "<key>-hint", which `invalid` names).
import type { ReactNode } from "react";
import type { SettingKey, SiteSettings } from "@/lib/settings/site-settings";

/** What the form hands each of its parts (writing-fields.tsx, copy-desk-fields.tsx). */
export type SettingsPartProps = {
  initial: SiteSettings;
  /** The field's aria attributes (its hint, and its error when refused). */
  invalid: (key: SettingKey) => Record<string, unknown>;
  /** The field's error, if the server refused it. */
  problem: (key: SettingKey) => ReactNode;
};

type Props = Pick<SettingsPartProps, "invalid" | "problem"> & {
  name: SettingKey;
  label: string;
  hint: string;
  min: number;
  max: number;
  defaultValue: number;
};

export function NumberSetting({ name, label, hint, min, max, defaultValue, invalid, problem }: Props) {
  return (
    <label>
      {label}
      <input name={name} type="number" inputMode="numeric" min={min} max={max} step={1} defaultValue={defaultValue} required {...invalid(name)} />
      <span id={`${name}-hint`} className="hint">
        {hint}
      </span>
      {problem(name)}
    </label>
  );
}
