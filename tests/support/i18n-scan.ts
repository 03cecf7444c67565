// Reads the app's source with the TypeScript compiler to find (1) the
// message keys the code asks for and (2) interface text written straight
// into the code instead of coming from the catalogues: text rendered by
// components, and, in any module (route handlers, the data layer), the
// bodies of responses and the `error`/`message` sentences of the results
// people are shown. Log lines, thrown Errors (server failures nobody sees
// the text of), keys, header values and SQL are not interface text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type Found = { key: string; where: string };
export type Hardcoded = { text: string; where: string };

const TEXT_ATTRIBUTES = new Set(["alt", "title", "placeholder", "aria-label", "aria-description", "aria-roledescription", "label"]);
const TRANSLATOR_FACTORIES = new Set(["useTranslations", "getT", "getTranslations", "createTranslator"]);
/** Keys passed around as values (thrown errors, validation messages). */
const KEY_LITERAL = /^([a-z][A-Za-z]*\.)?(errors|validation)\.[A-Za-z0-9_]+$/;
const LETTER = /\p{L}/u;
/** A sentence rather than a code such as "throttled" or a key. */
const SENTENCE = /\p{L}.*\s|\s.*\p{L}/u;
const RESPONSE_CLASSES = new Set(["Response", "NextResponse"]);
const ERROR_PROPERTIES = new Set(["error", "message"]);

/** new Response(body, …), Response.json(body, …) and the same on NextResponse: the body. */
function responseBody(node: ts.Node): ts.Expression | undefined {
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && RESPONSE_CLASSES.has(node.expression.text)) return node.arguments?.[0];
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.expression) &&
    RESPONSE_CLASSES.has(node.expression.expression.text) &&
    node.expression.name.text === "json"
  ) {
    return node.arguments[0];
  }
  return undefined;
}

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

function where(sf: ts.SourceFile, node: ts.Node): string {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${path.relative(process.cwd(), sf.fileName)}:${line + 1}`;
}

/** The namespace a translator factory call was given, e.g. getT(locale, "site") → "site". */
function namespaceOf(call: ts.CallExpression): string | null | undefined {
  const name = ts.isIdentifier(call.expression) ? call.expression.text : undefined;
  if (!name || !TRANSLATOR_FACTORIES.has(name)) return undefined;
  const literal = call.arguments.find((a) => ts.isStringLiteral(a));
  return literal && ts.isStringLiteral(literal) ? literal.text : null;
}

/** Whether `node` is part of a response body (flagged there already). */
function insideResponseBody(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    const body = responseBody(n);
    if (body && body.pos <= node.pos && node.end <= body.end) return true;
  }
  return false;
}

export function scanSource(fileName: string, text: string): { keys: Found[]; hardcoded: Hardcoded[] } {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const translators = new Map<string, string | null>();
  const keys: Found[] = [];
  const hardcoded: Hardcoded[] = [];

  // `text`: what counts as text here; in a JSON body, codes ("no-file") are not.
  const flagLiteral = (node: ts.Node, text: RegExp = LETTER) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && text.test(node.text)) {
      hardcoded.push({ text: node.text, where: where(sf, node) });
    } else if (ts.isTemplateExpression(node) && [node.head, ...node.templateSpans.map((s) => s.literal)].some((part) => LETTER.test(part.text))) {
      hardcoded.push({ text: node.getText(sf), where: where(sf, node) });
    } else if (ts.isObjectLiteralExpression(node)) {
      // A response's JSON: any text as an error or message, sentences under any other key.
      for (const p of node.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : "";
        flagLiteral(p.initializer, ERROR_PROPERTIES.has(key) ? LETTER : SENTENCE);
      }
    } else if (ts.isArrayLiteralExpression(node)) {
      for (const e of node.elements) flagLiteral(e, text);
    } else if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      flagLiteral(node.expression, text);
    } else if (ts.isConditionalExpression(node)) {
      flagLiteral(node.whenTrue, text);
      flagLiteral(node.whenFalse, text);
    } else if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)
    ) {
      flagLiteral(node.left, text);
      flagLiteral(node.right, text);
    } else if (ts.isParenthesizedExpression(node)) {
      flagLiteral(node.expression, text);
    }
  };

  const visit = (node: ts.Node) => {
    // const t = useTranslations("editor") / getT(locale, "site") / await getT(…)
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = ts.isAwaitExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (ts.isCallExpression(init)) {
        const ns = namespaceOf(init);
        if (ns !== undefined) translators.set(node.name.text, ns);
      }
    }
    // t("key") and t.rich("key")
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && ["rich", "markup", "raw"].includes(callee.name.text)
          ? callee.expression.text
          : undefined;
      if (name && translators.has(name)) {
        const ns = translators.get(name);
        const key = node.arguments[0].text;
        keys.push({ key: ns ? `${ns}.${key}` : key, where: where(sf, node) });
      }
    }
    // new UserError("editor.errors.gone") and refuse("users.errors.lastAdmin")
    if (
      (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "UserError") ||
      (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "refuse")
    ) {
      const first = node.arguments?.[0];
      if (first && ts.isStringLiteral(first)) keys.push({ key: first.text, where: where(sf, node) });
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && KEY_LITERAL.test(node.text)) {
      keys.push({ key: node.text, where: where(sf, node) });
    }
    // Response bodies (not the init argument: headers and status are not text for people).
    const body = responseBody(node);
    if (body) flagLiteral(body);
    // { ok: false, error: "…" } and the like: a sentence as an error or message outside a response.
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      ERROR_PROPERTIES.has(node.name.text) &&
      !insideResponseBody(node) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer)) &&
      SENTENCE.test(node.initializer.text)
    ) {
      flagLiteral(node.initializer);
    }
    if (ts.isJsxText(node) && LETTER.test(node.text)) {
      hardcoded.push({ text: node.text.trim(), where: where(sf, node) });
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) flagLiteral(node.initializer);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) flagLiteral(node.initializer.expression);
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      flagLiteral(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { keys, hardcoded };
}

const SOURCE_DIRS = ["app", "components", "lib"];

export function keysUsedInCode(): Found[] {
  return SOURCE_DIRS.flatMap((dir) => files(dir, /\.tsx?$/)).flatMap((f) => scanSource(f, readFileSync(f, "utf8")).keys);
}

export function hardcodedTexts(): Hardcoded[] {
  return SOURCE_DIRS.flatMap((dir) => files(dir, /\.tsx?$/)).flatMap((f) => scanSource(f, readFileSync(f, "utf8")).hardcoded);
}
