"use client";
// One whole-number setting of the settings form: its label, the input with
// its bounds, the hint under it and the server's refusal, linked for screen
// readers (the hint's id is "<key>-hint", which `invalid` names).
import type { ReactNode } from "react";
import type { SettingKey } from "@/lib/settings/site-settings";

type Props = {
  name: SettingKey;
  label: string;
  hint: string;
  min: number;
  max: number;
  defaultValue: number;
  invalid: (key: SettingKey) => Record<string, unknown>;
  problem: (key: SettingKey) => ReactNode;
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
