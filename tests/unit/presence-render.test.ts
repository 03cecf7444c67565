// The editor's presence line in both newsroom languages: those who edit, then
// those who only read ("đang xem" / "viewing"), from the catalogue.
import { createElement } from "react";
import { expect, it } from "vitest";
import { Presence } from "@/components/newsroom/editor/collab/presence";
import { collabUser, type Collaborator } from "@/components/newsroom/editor/collab/awareness";
import { renderInNewsroom as render } from "@/tests/support/render-newsroom";

const person = (id: string, name: string, mode: Collaborator["mode"]): Collaborator => ({ ...collabUser(id, name), mode });
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");

it("says who is editing and who is viewing, in Vietnamese and in English", () => {
  const others = [person("a", "Lan", "editing"), person("b", "Minh", "editing"), person("c", "Nam", "viewing")];
  expect(text(render("vi", createElement(Presence, { others })))).toBe("Lan, Minh đang sửa bài này · Nam đang xem bài này");
  expect(text(render("en", createElement(Presence, { others })))).toBe("Lan, Minh are editing · Nam is viewing");
});

it("leaves out an empty group, and shows nothing when nobody else is there", () => {
  expect(text(render("en", createElement(Presence, { others: [person("c", "Nam", "viewing")] })))).toBe("Nam is viewing");
  expect(render("en", createElement(Presence, { others: [] }))).toBe("");
});
