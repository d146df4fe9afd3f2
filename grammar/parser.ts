/**
 * The HCL native-syntax parser: a Chevrotain embedded-actions grammar that
 * builds the typed AST of src/hcl/ast.ts directly.
 *
 * The grammar is LL(1) with gates, and every decision ends in an error
 * branch (an empty last alternative, or `AnyToken`) that emits hclsyntax's
 * diagnostic and applies hclsyntax's recovery — skip to the end of the item,
 * or to the matching bracket — so errors carry the same summaries and
 * subject ranges as Go's parser and every well-formed sibling stays in the
 * tree. Chevrotain's own recovery is off: it would resynchronise differently.
 *
 * Newlines are significant in bodies and object constructors but not inside
 * parentheses, brackets, function calls, for-expressions and template
 * sequences (LEX-03). Like hclsyntax's peeker, the parser keeps a stack of
 * "include newlines" flags and its token view (`LA`) skips newline tokens
 * when the top flag is off; a line comment counts as a newline.
 *
 * Tokens come from our scanner as typed arrays; `LA` hands Chevrotain small
 * reusable token objects, so parsing allocates AST nodes, not tokens.
 */
import type { ISerializedGast, IToken, OrMethodOpts, TokenType } from "chevrotain";
import { chevrotain } from "./chevrotain.js";
import { GatedTableLookahead } from "./lookahead.js";
import {
  AnonSymbolExpr,
  Attribute,
  BinaryOpExpr,
  ConditionalExpr,
  type BinaryOperator,
  Block,
  Body,
  type Expression,
  ForExpr,
  FunctionCallExpr,
  IndexExpr,
  type LiteralValue,
  LiteralValueExpr,
  NumberLiteral,
  ObjectConsExpr,
  type ObjectConsItem,
  ObjectConsKeyExpr,
  ParenthesesExpr,
  RelativeTraversalExpr,
  ScopeTraversalExpr,
  SplatExpr,
  TemplateExpr,
  TemplateWrapExpr,
  TraverseAttr,
  TraverseIndex,
  TraverseRoot,
  type Traverser,
  TupleConsExpr,
  UnaryOpExpr,
  UNKNOWN_LITERAL,
} from "../src/hcl/ast.js";
import { errorDiag, type Diagnostic } from "../src/hcl/diagnostic.js";
import { nameSuggestion } from "../src/hcl/didyoumean.js";
import { type Range, rangeString } from "../src/hcl/pos.js";
import { SHORT_STRING_SLOTS, shortStringSlot } from "../src/hcl/short-strings.js";
import type { SourceFile } from "../src/hcl/source.js";
import { M, type Message } from "./messages.js";
import { decodeTemplateLiteral } from "./string-lit.js";
import { trimLeftSpace, trimRightSpace } from "../src/hcl/unicode.js";
import { buildTemplateExprs, flushHeredocParts, type TemplatePart } from "./template-parts.js";
import { K } from "./token-kinds.js";
import type { TokenStream } from "./token-stream.js";
import {
  AnyToken,
  allTokenTypes,
  TooDeep,
  BinaryOperator as BinaryOperatorTok,
  Identifier,
  T,
  TemplateLiteral,
  tokenTypes,
} from "./tokens.js";

/**
 * Number tokens Go's decimal parser accepts (cty.ParseNumberVal, LEX-08):
 * the scanner also makes tokens like `1.2.3`, which are rejected, while a
 * bare trailing point before an exponent (`0.e0`) is accepted.
 */
const NUMBER_LITERAL = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * Nesting depth (brackets, parentheses, templates, unary operators) beyond
 * which the parser reports "Expression too deeply nested" instead of
 * recursing further. Chosen so the default Node.js stack never overflows.
 */
export const MAX_NESTING = 400;

/** Slots of the parser's table of names seen (a power of two). */
const NAME_SLOTS = 4096;

const PRECEDENCE: Record<BinaryOperator, number> = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "%": 6,
};

const OPERATOR_OF_KIND: Partial<Record<K, BinaryOperator>> = {
  [K.Or]: "||",
  [K.And]: "&&",
  [K.EqualOp]: "==",
  [K.NotEqual]: "!=",
  [K.LessThan]: "<",
  [K.LessThanEq]: "<=",
  [K.GreaterThan]: ">",
  [K.GreaterThanEq]: ">=",
  [K.Plus]: "+",
  [K.Minus]: "-",
  [K.Star]: "*",
  [K.Slash]: "/",
  [K.Percent]: "%",
};

const TEMPLATE_KEYWORDS = ["if", "for", "else", "endif", "endfor"];

/** A reusable token object for Chevrotain's view of our token arrays. */
class FlyToken implements IToken {
  idx = -1;
  startOffset = 0;
  endOffset = 0;
  tokenTypeIdx = 0;
  tokenType: TokenType = AnyToken;
  constructor(private readonly owner: HclParser) {}
  get image(): string {
    return this.owner.tokenText(this.idx);
  }
}

/** State of the body being read; nested block bodies each have their own. */
interface BodyFrame {
  end: K;
  startIdx: number;
  endIdx: number;
  done: boolean;
  attrs: Attribute[];
  blocks: Block[];
  seen: Map<string, Attribute> | undefined;
  /** The item just read, until the loop's action adds it. */
  item: BodyItem;
}

/** State of a chain of binary operators being read: the operands and operators, associated at its end. */
interface ChainFrame {
  /** The diagnostics count before the latest operand: the loop stops once that operand failed. */
  mark: number;
  operands: Expression[];
  ops: BinaryOperator[];
}

/** State of the template directive (`%{ … }`) being read, for it and its closing `}`. */
interface DirectiveFrame {
  t: TemplateFrame;
  /** The `%{` token and the keyword after it. */
  opener: number;
  kw: number;
}

/** State of the block whose body is being read (the labels and spans come from `blockRest`). */
interface BlockFrame {
  ident: number;
  labels: string[];
  labelSpans: number[];
  oBrace: number;
  /** The diagnostics count at the `{`: a one-line block's own errors go before its body's. */
  mark: number;
  body: Body | undefined;
  cBrace: number;
}

function newBodyFrame(end: K, startIdx: number): BodyFrame {
  return { end, startIdx, endIdx: startIdx, done: false, attrs: [], blocks: [], seen: undefined, item: undefined };
}

/** State of the template being read; nested templates each have their own. */
interface TemplateFrame {
  end: K;
  /** Index of the opening token (quote or heredoc opener). */
  open: number;
  /** Index of the first token after the opener (hclsyntax's startRange). */
  startIdx: number;
  endIdx: number;
  done: boolean;
  parts: TemplatePart[];
  ltrim: boolean;
  ltrimNext: boolean;
  canTrimPrev: boolean;
  nextCanTrimPrev: boolean;
}

function newTemplateFrame(end: K, open: number, startIdx: number): TemplateFrame {
  return {
    end,
    open,
    startIdx,
    endIdx: -1,
    done: false,
    parts: [],
    ltrim: false,
    ltrimNext: false,
    canTrimPrev: false,
    nextCanTrimPrev: false,
  };
}

/** Mutable state threaded through the stages of a `for` expression. */
interface ForState {
  openIdx: number;
  close: K;
  keyVar: string;
  valVar: string;
  coll?: Expression;
  key?: Expression;
  val?: Expression;
  cond?: Expression;
  ellipsisIdx: number;
  result?: Expression;
}

/** Mutable state of an object constructor being read. */
interface ObjectState {
  openIdx: number;
  closeIdx: number;
  items: ObjectConsItem[];
  done: boolean;
}

/** State of the tuple constructor being read; nested ones each have their own. */
interface TupleFrame {
  open: number;
  close: number;
  done: boolean;
  exprs: Expression[];
  /** Diagnostics count before the current item, to tell whether it failed. */
  mark: number;
  item: Expression | undefined;
}

/** State of the function call being read; nested calls each have their own. */
interface CallFrame {
  /** Index of the function name token. */
  name: number;
  open: number;
  close: number;
  done: boolean;
  expandFinal: boolean;
  args: Expression[];
  mark: number;
  arg: Expression | undefined;
}

/** State of the object constructor item being read. */
interface ObjectItemFrame {
  force: boolean;
  mark: number;
  key: Expression | undefined;
  mark2: number;
  value: Expression | undefined;
}

/** What one body item produced. */
type BodyItem = Attribute | Block | undefined;

export class HclParser extends chevrotain.EmbeddedActionsParser {
  // ---- per-parse state
  private src!: SourceFile;
  private text = "";
  private kinds: Uint8Array = new Uint8Array(0);
  private starts: Int32Array = new Int32Array(0);
  private ends: Int32Array = new Int32Array(0);
  private last = 0; // index of the EOF token
  /** Index of the last consumed token, -1 before the first. */
  private pos = -1;
  private nlStack: boolean[] = [true];
  private nl = true;
  private depth = 0;
  private blockDepth = 0;
  /** hclsyntax's recovery flag: once set, later "unexpected token" errors are suppressed. */
  private recovery = false;
  diags: Diagnostic[] = [];
  private names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
  /** The slot name() used last. */
  private nameSlot = 0;
  /** Number literals by the slot of their text in `names` (see numberLit). */
  private numbers: (NumberLiteral | undefined)[] = new Array<NumberLiteral | undefined>(NAME_SLOTS).fill(undefined);
  /** Short literal strings seen (see shared). */
  private strings: (string | undefined)[] = new Array<string | undefined>(SHORT_STRING_SLOTS).fill(undefined);
  private termOr: OrMethodOpts<Expression> | undefined;
  private tupleFrame: TupleFrame = { open: -1, close: -1, done: true, exprs: [], mark: 0, item: undefined };
  private tupleLoop: { GATE: () => boolean; DEF: () => void } | undefined;
  private objectFrame: ObjectState = { openIdx: -1, closeIdx: -1, items: [], done: true };
  private objectLoop: { GATE: () => boolean; DEF: () => void } | undefined;
  private itemFrame: ObjectItemFrame = { force: false, mark: 0, key: undefined, mark2: 0, value: undefined };
  private objectItemOr: OrMethodOpts<void> | undefined;
  private callFrame: CallFrame = {
    name: -1,
    open: -1,
    close: -1,
    done: true,
    expandFinal: false,
    args: [],
    mark: 0,
    arg: undefined,
  };
  private callLoop: { GATE: () => boolean; DEF: () => void } | undefined;
  private tpl: TemplateFrame = newTemplateFrame(K.EOF, -1, -1);
  private templateLoop: { GATE: () => boolean; DEF: () => void } | undefined;
  private bodyFrame: BodyFrame = newBodyFrame(K.EOF, 0);
  private blockFrame: BlockFrame = {
    ident: -1,
    labels: [],
    labelSpans: [],
    oBrace: -1,
    mark: 0,
    body: undefined,
    cBrace: -1,
  };
  private blockContentOr: OrMethodOpts<void> | undefined;
  private chainFrame: ChainFrame = { mark: 0, operands: [], ops: [] };
  private directiveFrame: DirectiveFrame = { t: newTemplateFrame(K.EOF, -1, -1), opener: -1, kw: -1 };
  private directiveOr: OrMethodOpts<void> | undefined;
  private directiveCloseOr: OrMethodOpts<void> | undefined;
  private chainLoop: { GATE: () => boolean; DEF: () => void } | undefined;
  private blockEndOr: OrMethodOpts<unknown> | undefined;
  private bodyLoop: { GATE: () => boolean; DEF: () => void } | undefined;
  private readonly ring: FlyToken[] = [];
  private readonly tooDeepToken = new FlyToken(this);
  private readonly fastPaths: boolean;
  /** MAX_NESTING unless a test asks for less, to reach the limit with a small stack. */
  private readonly maxNesting: number;

  /**
   * `validate` runs Chevrotain's grammar checks (ambiguity, left recursion …)
   * during self-analysis. They cost about 100 ms at every process start and
   * can only fail on a change to this file, so production skips them and a
   * test (test/grammar/grammar-checks.test.ts) runs them. `chevrotainLookahead`
   * uses Chevrotain's own lookahead functions instead of ours
   * (grammar/lookahead.ts), and `fastPaths: false` leaves every expression to
   * the rules, for the tests that check both ways give the same trees;
   * `maxNesting` lowers the nesting limit for those tests.
   */
  constructor(
    options: { validate?: boolean; chevrotainLookahead?: boolean; fastPaths?: boolean; maxNesting?: number } = {},
  ) {
    super(allTokenTypes, {
      recoveryEnabled: false,
      maxLookahead: 1,
      skipValidations: options.validate !== true,
      lookaheadStrategy:
        options.chevrotainLookahead === true
          ? new chevrotain.LLkLookaheadStrategy({ maxLookahead: 1 })
          : new GatedTableLookahead({ maxLookahead: 1 }),
    });
    this.fastPaths = options.fastPaths !== false;
    this.maxNesting = Math.min(options.maxNesting ?? MAX_NESTING, MAX_NESTING);
    for (let i = 0; i < 16; i++) this.ring.push(new FlyToken(this));
    this.tooDeepToken.tokenType = TooDeep;
    this.tooDeepToken.tokenTypeIdx = TooDeep.tokenTypeIdx!;
    if (options.validate === true) this.prepareRules();
  }

  private rulesReady = false;

  /** Whether Chevrotain's grammar analysis has run (prepareRules), for tests. */
  get rulesPrepared(): boolean {
    return this.rulesReady;
  }

  /**
   * Chevrotain's grammar analysis, on first need: a file the fast paths
   * read whole never needs the rules, and the analysis is some 40 ms of a
   * process's start. Then clears Chevrotain's per-parse state, keeping the
   * position the fast paths reached.
   */
  private prepareRules(): void {
    if (!this.rulesReady) {
      this.performSelfAnalysis();
      this.rulesReady = true;
    }
    // Setting the input resets Chevrotain's state and, through resetLexerState, our position.
    const pos = this.pos;
    this.input = [];
    this.pos = pos;
  }

  override getSerializedGastProductions(): ISerializedGast[] {
    if (!this.rulesReady) this.prepareRules();
    return super.getSerializedGastProductions();
  }

  /** Points the parser at a token stream; resets all state. */
  load(ts: TokenStream): void {
    this.errors = [];
    this.src = ts.source;
    this.text = ts.source.text;
    this.kinds = ts.kinds;
    this.starts = ts.starts;
    this.ends = ts.ends;
    this.last = ts.count - 1;
    this.pos = -1;
    this.nlStack = [true];
    this.nl = true;
    this.depth = 0;
    this.blockDepth = 0;
    this.recovery = false;
    this.fastRefusedAt = -1;
    this.rulesOff = false;
    this.resumed = undefined;
    this.diags = [];
    this.forgetShared();
    for (const t of this.ring) t.idx = -1;
  }

  /** Drops the references to the last token stream so it can be collected. */
  release(): void {
    this.kinds = new Uint8Array(0);
    this.starts = new Int32Array(0);
    this.ends = new Int32Array(0);
    this.text = "";
    this.diags = [];
    this.nlStack = [true];
    this.forgetShared();
    for (const t of this.ring) t.idx = -1;
  }

  private forgetShared(): void {
    this.names.fill(undefined);
    this.numbers.fill(undefined);
    this.strings.fill(undefined);
  }

  tokenText(i: number): string {
    return i < 0 ? "" : this.text.slice(this.starts[i], this.ends[i]);
  }

  /**
   * The text of an identifier token, shared between equal names:
   * configurations repeat names a lot. A direct-mapped table keyed by a hash
   * of the token's characters finds a name seen before without cutting a new
   * string to look it up; a name pushed out by another is cut again.
   */
  private name(i: number): string {
    const text = this.text;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const len = end - start;
    // A few characters and the length pick the slot: a loop over every
    // character costs more, in a cold process, than the rare clash it avoids.
    let h = Math.imul(len, 0x9e3779b1) ^ text.charCodeAt(start);
    h = Math.imul(h, 31) + text.charCodeAt(end - 1);
    h = Math.imul(h, 31) + text.charCodeAt(start + (len >> 1));
    h = Math.imul(h, 31) + text.charCodeAt(start + (len >> 2));
    h = Math.imul(h, 31) + text.charCodeAt(end - 1 - (len >> 2));
    const slot = (h ^ (h >>> 13)) & (NAME_SLOTS - 1);
    this.nameSlot = slot;
    const known = this.names[slot];
    if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
    const s = text.slice(start, end);
    this.names[slot] = s;
    return s;
  }

  /**
   * The number literal of token `i`, shared with earlier ones of the same
   * text: a literal is immutable but for the value it caches, which its text
   * decides, and configurations repeat small numbers (`+ 1`, `/ 8`) a lot.
   * Undefined when the text is no valid number.
   */
  private numberLit(i: number): NumberLiteral | undefined {
    const text = this.name(i);
    const slot = this.nameSlot;
    const known = this.numbers[slot];
    if (known !== undefined && known.text === text) return known;
    if (!NUMBER_LITERAL.test(text)) return undefined;
    const made = new NumberLiteral(text);
    this.numbers[slot] = made;
    return made;
  }

  /**
   * `s`, or an equal string met before when it is short: labels, tags and
   * keys repeat across blocks, and each occurrence decoded anew was a string
   * of its own, kept as long as the tree. Longer strings are mostly unique.
   */
  private shared(s: string): string {
    const slot = shortStringSlot(s);
    if (slot < 0) return s;
    const known = this.strings[slot];
    if (known === s) return known;
    this.strings[slot] = s;
    return s;
  }

  // =====================================================================
  // Token view for Chevrotain (LexerAdapter overrides)
  // =====================================================================

  /** The next significant token index at or after `i` in the current newline mode. */
  private nextSig(i: number): number {
    const kinds = this.kinds;
    const last = this.last;
    const nl = this.nl;
    while (i < last) {
      const k = kinds[i];
      if (k === K.Comment) {
        // A line comment ends with its newline and then stands for that newline.
        if (nl && this.text.charCodeAt(this.ends[i]! - 1) === 10) return i;
        i++;
        continue;
      }
      if (k === K.Newline && !nl) {
        i++;
        continue;
      }
      return i;
    }
    return last;
  }

  private kindAt(i: number): K {
    const k = this.kinds[i] as K;
    return k === K.Comment ? K.Newline : k;
  }

  private fly(i: number): FlyToken {
    const t = this.ring[i & 15]!;
    if (t.idx !== i) {
      const type = tokenTypes[this.kindAt(i)]!;
      t.idx = i;
      t.tokenType = type;
      t.tokenTypeIdx = type.tokenTypeIdx!;
      t.startOffset = this.starts[i]!;
      t.endOffset = this.ends[i]!;
    }
    return t;
  }

  protected override LA(howMuch: number): IToken {
    let i = this.pos;
    if (howMuch <= 0) return this.fly(Math.max(0, i));
    // Past the nesting limit the view shows a token no production accepts, so the
    // innermost term takes its error branch instead of recursing further.
    if (this.depth > this.maxNesting) return this.tooDeepToken;
    for (let n = 0; n < howMuch; n++) i = this.nextSig(i + 1);
    return this.fly(i);
  }

  protected override LA_FAST(howMuch: number): IToken {
    return this.LA(howMuch);
  }

  consumeToken(): void {
    this.pos = this.nextSig(this.pos + 1);
  }

  exportLexerState(): number {
    return this.pos;
  }

  importLexerState(state: number): void {
    this.pos = state;
  }

  resetLexerState(): void {
    this.pos = -1;
  }

  moveToTerminatedState(): void {
    this.pos = this.last;
  }

  getLexerPosition(): number {
    return this.pos;
  }

  /** Our EOF is a token of our own vocabulary, not Chevrotain's built-in one. */
  isAtEndOfInput(): boolean {
    return this.kindAt(this.peekIdx()) === K.EOF;
  }

  // =====================================================================
  // hclsyntax peeker operations, used inside actions and gates
  // =====================================================================

  private peekIdx(): number {
    return this.nextSig(this.pos + 1);
  }

  private pk(): K {
    return this.kindAt(this.peekIdx());
  }

  private read(): number {
    this.pos = this.nextSig(this.pos + 1);
    return this.pos;
  }

  /** hclsyntax `PrevRange`: the last token read, or the next one before any was read. */
  private prevIdx(): number {
    return this.pos >= 0 ? this.pos : this.peekIdx();
  }

  private pushNL(include: boolean): void {
    this.nlStack.push(include);
    this.nl = include;
  }

  private popNL(): void {
    this.nlStack.pop();
    this.nl = this.nlStack[this.nlStack.length - 1] ?? true;
  }

  private err(m: Message, subjectIdx: number, contextFrom?: number, contextTo?: number): Diagnostic {
    const d = errorDiag(m[0], m[1], this.tokRange(subjectIdx));
    if (contextFrom !== undefined) {
      d.context = this.src.range(this.starts[contextFrom]!, this.ends[contextTo ?? subjectIdx]!);
    }
    this.diags.push(d);
    return d;
  }

  private tokRange(i: number) {
    return this.src.range(this.starts[i]!, this.ends[i]!);
  }

  private errsSince(mark: number): boolean {
    return this.diags.length > mark;
  }

  private failedSince(mark: number): boolean {
    return this.recovery && this.diags.length > mark;
  }

  /** hclsyntax `recover`: skip to the token closing the current bracket of type `end`. */
  private recover(end: K): number {
    const start = opposite(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const i = this.read();
      let k = this.kindAt(i);
      if (end === K.TemplateSeqEnd && k === K.TemplateControl) k = K.TemplateInterp;
      if (k === start && start !== K.EOF) nest++;
      else if (k === end) {
        if (nest < 1) return i;
        nest--;
      } else if (k === K.EOF) return i;
    }
  }

  /** hclsyntax `recoverAfterBodyItem`: skip to the newline that ends this item, honouring brackets. */
  private recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: K[] = [];
    for (;;) {
      const i = this.read();
      const k = this.kindAt(i);
      switch (k) {
        case K.Newline:
          if (open.length === 0) return;
          break;
        case K.EOF:
          return;
        case K.OBrace:
        case K.OBrack:
        case K.OParen:
        case K.OQuote:
        case K.OHeredoc:
        case K.TemplateInterp:
        case K.TemplateControl:
          open.push(k);
          break;
        case K.CBrace:
        case K.CBrack:
        case K.CParen:
        case K.CQuote:
        case K.CHeredoc: {
          const opener = opposite(k);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          if (open.length > 0) open.pop();
          break;
        }
        case K.TemplateSeqEnd:
          while (
            open.length > 0 &&
            open[open.length - 1] !== K.TemplateInterp &&
            open[open.length - 1] !== K.TemplateControl
          ) {
            open.pop();
          }
          if (open.length > 0) open.pop();
          break;
        default:
          break;
      }
    }
  }

  /**
   * An error branch: matches any token without consuming it, then runs
   * `action`. Chevrotain computes lookahead from the grammar and ignores empty
   * alternatives nested in subrules; matching `AnyToken` makes every caller
   * see that this rule accepts "anything" here, as hclsyntax's parser does
   * before reporting the problem itself. `idx` is the occurrence index,
   * unique within the calling rule.
   */
  private anyThen<R>(idx: number, action: () => R): R {
    let before = -1;
    this.ACTION(() => {
      before = this.pos;
    });
    this.consume(idx, AnyToken);
    return this.ACTION(() => {
      this.pos = before;
      return action();
    });
  }

  private placeholder(fromIdx: number, toIdx: number): Expression {
    return new LiteralValueExpr(this.src, this.starts[fromIdx]!, this.ends[toIdx]!, UNKNOWN_LITERAL);
  }

  /** Splat chains nest too: stop them at the same depth. Always false, so the loop ends. */
  private tooDeepSplat(): boolean {
    if (!this.recovery) this.err(M.tooDeep, this.peekIdx());
    this.recovery = true;
    return true;
  }

  /**
   * Most expressions in configuration files are a single string, number,
   * keyword or dotted name, or a few of those joined by operators or
   * gathered in templates, tuples, calls and objects. Reading those
   * directly, instead of through the expression rules, builds the same nodes
   * and roughly halves parse time. Anything else returns undefined and takes
   * the full rules. No diagnostic can arise on this path.
   */
  private fastExpression(): Expression | undefined {
    // Each list, call, object, template or directive the fast path is inside
    // is an operand level deeper for the rules: stop where they would report
    // nesting too deep.
    if (this.depth + this.fastListDepth >= this.maxNesting) return undefined;
    const start = this.peekIdx();
    const first = this.fastOperand(start);
    if (first === undefined) return undefined;
    let last = this.fastEnd;
    let next = this.kindAt(this.nextSig(last + 1));
    let result = first;
    // A chain of operators between such operands, associated as binaryExpr does.
    let op = OPERATOR_OF_KIND[next];
    let operands: Expression[] | undefined;
    let ops: BinaryOperator[] | undefined;
    while (op !== undefined) {
      const operand = this.fastOperand(this.nextSig(this.nextSig(last + 1) + 1));
      if (operand === undefined) return undefined;
      last = this.fastEnd;
      next = this.kindAt(this.nextSig(last + 1));
      const following = OPERATOR_OF_KIND[next];
      // A lone operator, the common case, needs no arrays.
      if (operands === undefined && following === undefined) {
        result = this.binary(first, op, operand);
        break;
      }
      (operands ??= [first]).push(operand);
      (ops ??= []).push(op);
      if (following === undefined) result = this.associate(operands, ops);
      op = following;
    }
    if (next === K.Question) return this.fastConditional(start, result, last);
    if (continuesExpression(next)) return undefined;
    this.pos = last;
    return result;
  }

  /** `cond ? a : b` after the condition `cond` (from `start` to `condLast`), both branches read by the fast path, built as conditionalRest builds it. */
  private fastConditional(start: number, cond: Expression, condLast: number): Expression | undefined {
    const saved = this.pos;
    this.pos = this.nextSig(condLast + 1);
    const trueExpr = this.fastExpression();
    if (trueExpr !== undefined) {
      const colon = this.peekIdx();
      if (this.kinds[colon] === K.Colon) {
        this.pos = colon;
        const falseExpr = this.fastExpression();
        if (falseExpr !== undefined) {
          return new ConditionalExpr(this.src, this.starts[start]!, falseExpr.end, cond, trueExpr, falseExpr);
        }
      }
    }
    this.pos = saved;
    return undefined;
  }

  /**
   * A literal, dotted name, template, tuple, call, object, parenthesized
   * expression or `-`/`!` and such an operand, starting at `first`, that the fast path reads whole, its last token in fastEnd; what
   * follows it is the caller's to check.
   */
  private fastOperand(first: number): Expression | undefined {
    const kinds = this.kinds;
    switch (kinds[first]) {
      case K.NumberLit: {
        const lit = this.numberLit(first);
        if (lit === undefined) return undefined;
        this.fastEnd = first;
        return new LiteralValueExpr(this.src, this.starts[first]!, this.ends[first]!, lit);
      }
      case K.OQuote: {
        const value = this.plainString(first);
        if (value === undefined) return this.fastTemplate(first, K.CQuote);
        // A plain string in TemplateExpr's compact form: the literal between the quotes, or at the end for `""`.
        return new TemplateExpr(this.src, this.starts[first]!, this.ends[this.fastEnd]!, value);
      }
      case K.Ident:
      case K.KwFor:
      case K.KwIn:
      case K.KwIf:
      case K.KwElse:
      case K.KwEndif:
      case K.KwEndfor: {
        const paren = this.nextSig(first + 1);
        // Keyword-named calls (`if(…)`) are rare enough to leave to the rules.
        if (kinds[paren] === K.OParen) return kinds[first] === K.Ident ? this.fastCall(first, paren) : undefined;
        return this.fastTraversal(first);
      }
      case K.OParen:
        return this.fastParenthesized(first);
      case K.Minus:
      case K.Bang: {
        // The operand is a level deeper for the rules, as it is for lists.
        if (this.fastListDepth >= 16 || this.depth + this.fastListDepth + 1 >= this.maxNesting) return undefined;
        this.fastListDepth++;
        const operand = this.fastOperand(this.nextSig(first + 1));
        this.fastListDepth--;
        if (operand === undefined) return undefined;
        // The operand's last token, in fastEnd, is the operation's.
        const op = kinds[first] === K.Minus ? "-" : "!";
        return new UnaryOpExpr(this.src, this.starts[first]!, operand.end, op, operand);
      }
      case K.OHeredoc:
        return this.fastTemplate(first, K.CHeredoc);
      case K.OBrace:
        return this.fastObject(first);
      case K.OBrack:
        return this.fastTuple(first);
      case K.KwTrue:
      case K.KwFalse:
      case K.KwNull: {
        const next = this.kindAt(this.nextSig(first + 1));
        if (next === K.OParen || next === K.Dot) return undefined;
        this.fastEnd = first;
        return this.variableOrKeyword(first);
      }
      default:
        return undefined;
    }
  }

  /** The last token of what fastTraversal, fastTemplate or the other fast readers just read. */
  private fastEnd = -1;

  /**
   * The value of the quoted string at `open` when it is plain text (`""`
   * or one literal without escapes in error), its closing quote in
   * fastEnd; undefined for any other. A quoted string holds no newline or
   * comment tokens, so its tokens are adjacent.
   */
  private plainString(open: number): string | undefined {
    const kinds = this.kinds;
    if (kinds[open + 1] === K.CQuote) {
      this.fastEnd = open + 1;
      return "";
    }
    if (kinds[open + 1] !== K.QuotedLit || kinds[open + 2] !== K.CQuote) return undefined;
    const diags: Diagnostic[] = [];
    const value = decodeTemplateLiteral(this.src, this.starts[open + 1]!, this.ends[open + 1]!, true, diags);
    if (diags.length > 0) return undefined;
    this.fastEnd = open + 2;
    return this.shared(value);
  }

  /** `name`, `name.attr…` or with constant index steps (`name[0].attr["k"]`) at `first` (not a call), as the rules would build it; its last token in fastEnd. */
  private fastTraversal(first: number): Expression | undefined {
    const kinds = this.kinds;
    const next = this.nextSig(first + 1);
    if (kinds[next] === K.OParen) return undefined;
    // The rules read steps a level deeper than the name, and refuse them past the limit.
    if ((kinds[next] === K.Dot || kinds[next] === K.OBrack) && this.depth + this.fastListDepth + 1 >= this.maxNesting) {
      return undefined;
    }
    const steps: Traverser[] = [new TraverseRoot(this.src, this.starts[first]!, this.ends[first]!, this.name(first))];
    const last = this.fastSteps(first, steps);
    if (last < 0) return undefined;
    // Exactly-sized arrays, as the rules keep: a grown one holds room for 17.
    const traversal = new ScopeTraversalExpr(
      this.src,
      this.starts[first]!,
      this.ends[last]!,
      steps.length > 1 ? steps.slice() : steps,
    );
    if (this.splatAfter(last)) {
      const after = this.nextSig(last + 1);
      return kinds[after] === K.OBrack ? this.fastSplat(traversal, after) : this.fastAttrSplat(traversal, after);
    }
    this.fastEnd = last;
    return traversal;
  }

  /**
   * Appends the `.name` and constant `[k]` steps after token `last` to
   * `steps`, stopping before anything else and before a splat; the last
   * token read (`last` itself if none), or -1 at a step the fast path does
   * not read (`a.0`, `a[b]` …).
   */
  private fastSteps(last: number, steps: Traverser[]): number {
    const kinds = this.kinds;
    for (;;) {
      const next = this.nextSig(last + 1);
      const k = kinds[next];
      if (k !== K.Dot && k !== K.OBrack) return last;
      const after = this.nextSig(next + 1);
      if (kinds[after] === K.Star) return last; // a splat begins here
      if (k === K.Dot) {
        if (!isIdentOrKeyword(kinds[after] as K)) return -1;
        steps.push(new TraverseAttr(this.src, this.starts[next]!, this.ends[after]!, this.name(after)));
        last = after;
      } else {
        const step = this.fastIndexStep(next);
        if (step === undefined) return -1;
        steps.push(step);
        last = this.fastEnd;
      }
    }
  }

  /** Whether `[*` or `.*` follows token `last`. */
  private splatAfter(last: number): boolean {
    const next = this.nextSig(last + 1);
    const k = this.kinds[next];
    return (k === K.OBrack || k === K.Dot) && this.kinds[this.nextSig(next + 1)] === K.Star;
  }

  /**
   * `traversal[*]` and the plain steps after it, at the `[` `open`, built
   * as bracketStep builds a splat: the steps apply to each element, a
   * level deeper for the rules. A splat followed by another is left to the
   * rules.
   */
  private fastSplat(traversal: Expression, open: number): Expression | undefined {
    const kinds = this.kinds;
    const close = this.nextSig(this.nextSig(open + 1) + 1);
    if (kinds[close] !== K.CBrack) return undefined;
    // The rules' traversals after `[*]` test the nesting limit even when no step follows.
    if (this.depth + this.fastListDepth + 2 >= this.maxNesting) return undefined;
    const item = new AnonSymbolExpr(this.src, this.starts[open]!, this.ends[close]!);
    const steps: Traverser[] = [];
    const last = this.fastSteps(close, steps);
    if (last < 0 || this.splatAfter(last)) return undefined;
    const each =
      steps.length === 0
        ? item
        : new RelativeTraversalExpr(
            this.src,
            item.start,
            this.ends[last]!,
            item,
            (steps.length > 1 ? steps.slice() : steps) as (TraverseAttr | TraverseIndex)[],
          );
    this.fastEnd = last;
    return new SplatExpr(this.src, traversal.start, each.end, traversal, each, item);
  }

  /**
   * `traversal.*` and the `.name` steps after it, at the `.` `dot`, built as
   * attrSplat builds it. Legacy number steps (`.*.0`) are left to the rules.
   */
  private fastAttrSplat(traversal: Expression, dot: number): Expression | undefined {
    const kinds = this.kinds;
    const marker = this.nextSig(dot + 1);
    const first = this.nextSig(marker + 1);
    const trav: TraverseAttr[] = [];
    let last = marker;
    let next = first;
    while (kinds[next] === K.Dot) {
      const name = this.nextSig(next + 1);
      if (!isIdentOrKeyword(kinds[name] as K)) return undefined;
      trav.push(new TraverseAttr(this.src, this.starts[next]!, this.ends[name]!, this.name(name)));
      last = name;
      next = this.nextSig(last + 1);
    }
    const item = new AnonSymbolExpr(this.src, this.starts[dot]!, this.ends[marker]!);
    const end = this.ends[last]!;
    const each = trav.length === 0 ? item : new RelativeTraversalExpr(this.src, this.starts[first]!, end, item, trav);
    this.fastEnd = last;
    return new SplatExpr(this.src, traversal.start, end, traversal, each, item);
  }

  /** `( expression )` at `open`, the expression read by the fast path with newlines insignificant, built as the parenthesized rule builds it; the `)` in fastEnd. */
  private fastParenthesized(open: number): Expression | undefined {
    const savedPos = this.enterFastList(open, false);
    if (savedPos === undefined) return undefined;
    const inner = this.fastExpression();
    const close = inner === undefined ? -1 : this.peekIdx();
    const closed = close >= 0 && this.kinds[close] === K.CParen;
    if (!this.leaveFastList(savedPos, closed ? close : -1)) return undefined;
    return new ParenthesesExpr(this.src, this.starts[open]!, this.ends[close]!, inner!);
  }

  /**
   * `[0]` or `["key"]` at `open`: a constant index step, as bracketStep
   * makes it from a literal key; the `]` in fastEnd. Newlines inside the
   * brackets do not count, as in the rule.
   */
  private fastIndexStep(open: number): TraverseIndex | undefined {
    const kinds = this.kinds;
    const key = this.nextSigIgnoringNewlines(open + 1);
    let keyLast = key;
    let lit: LiteralValue;
    if (kinds[key] === K.NumberLit) {
      const n = this.numberLit(key);
      if (n === undefined) return undefined;
      lit = n;
    } else if (kinds[key] === K.OQuote) {
      const value = this.plainString(key);
      if (value === undefined) return undefined;
      lit = value;
      keyLast = this.fastEnd;
    } else return undefined;
    const close = this.nextSigIgnoringNewlines(keyLast + 1);
    if (kinds[close] !== K.CBrack) return undefined;
    this.fastEnd = close;
    return new TraverseIndex(this.src, this.starts[open]!, this.ends[close]!, lit);
  }

  /**
   * A quoted template or heredoc of literal text, `${…}` interpolations and
   * `%{…}` directives (strip markers included) whose expressions the fast
   * path reads itself, the parts collected as the template rule collects them and
   * finished by the same code; its closing quote or marker in fastEnd.
   * Anything else is left to the rules. Neither holds newline or comment
   * tokens, so the template's tokens are adjacent.
   */
  private fastTemplate(open: number, close: K.CQuote | K.CHeredoc): Expression | undefined {
    const kinds = this.kinds;
    const parts: TemplatePart[] = [];
    // Strip markers as the template loop applies them: `~}` trims the
    // literal that follows, `${~` and `%{~` the literal just before.
    let ltrim = false;
    let afterLiteral = false;
    let i = open + 1;
    for (;;) {
      const k = kinds[i];
      if (k === close) break;
      if (k === K.QuotedLit || k === K.StringLit) {
        const diags: Diagnostic[] = [];
        let value = decodeTemplateLiteral(this.src, this.starts[i]!, this.ends[i]!, k === K.QuotedLit, diags);
        if (diags.length > 0) return undefined;
        if (ltrim) value = trimLeftSpace(value);
        parts.push({ kind: "literal", value: this.shared(value), start: this.starts[i]!, end: this.ends[i]! });
        ltrim = false;
        afterLiteral = true;
        i++;
        continue;
      }
      if (k !== K.TemplateControl && k !== K.TemplateInterp) return undefined;
      if (afterLiteral && this.ends[i]! - this.starts[i]! === 3) {
        const prev = parts[parts.length - 1] as { value: string };
        prev.value = trimRightSpace(prev.value);
      }
      let part: TemplatePart | undefined;
      if (k === K.TemplateControl) part = this.fastDirective(i);
      else {
        const expr = this.fastInterpolation(i);
        if (expr !== undefined) part = { kind: "interp", expr, start: this.starts[i]!, end: this.ends[this.fastEnd]! };
      }
      if (part === undefined) return undefined;
      parts.push(part);
      const seqEnd = this.fastEnd;
      ltrim = this.ends[seqEnd]! - this.starts[seqEnd]! === 2;
      afterLiteral = false;
      i = seqEnd + 1;
    }
    const t = newTemplateFrame(close, open, open + 1);
    t.parts = parts;
    t.endIdx = i;
    this.fastEnd = i;
    // Unbalanced directives are reported while the parts are folded: leave those templates to the rules.
    const mark = this.diags.length;
    const template = this.finishTemplate(t);
    if (this.diags.length === mark) return template;
    this.diags.length = mark;
    return undefined;
  }

  /**
   * The expression of the interpolation opened at `opener`, read by the fast
   * path in the interpolation rule's newline mode, when `}` or `~}` closes
   * it; that token in fastEnd.
   */
  private fastInterpolation(opener: number): Expression | undefined {
    const savedPos = this.enterFastList(opener, false);
    if (savedPos === undefined) return undefined;
    const expr = this.fastExpression();
    const close = expr === undefined ? -1 : this.peekIdx();
    const closed = this.kinds[close] === K.TemplateSeqEnd;
    return this.leaveFastList(savedPos, closed ? close : -1) ? expr : undefined;
  }

  /**
   * The template part of the directive opened at `opener` (`%{ if c }`,
   * `%{ else }`, `%{ endif }`, `%{ for v in c }`, `%{ for k, v in c }`,
   * `%{ endfor }`), pushed as the directive rules push it, when the fast
   * path reads its expression and `}` or `~}` closes it; that token in
   * fastEnd. Variables named like keywords are left to the rules.
   */
  private fastDirective(opener: number): TemplatePart | undefined {
    const savedPos = this.enterFastList(opener, false);
    if (savedPos === undefined) return undefined;
    const kinds = this.kinds;
    const start = this.starts[opener]!;
    const kw = this.peekIdx();
    let part: TemplatePart | undefined;
    let close = -1;
    switch (kinds[kw]) {
      case K.KwIf: {
        this.pos = kw;
        const cond = this.fastExpression();
        if (cond === undefined) break;
        close = this.peekIdx();
        part = { kind: "if", cond, start, end: this.ends[close]! };
        break;
      }
      case K.KwElse:
      case K.KwEndif:
      case K.KwEndfor: {
        close = this.nextSig(kw + 1);
        const kind = kinds[kw] === K.KwElse ? "else" : kinds[kw] === K.KwEndif ? "endif" : "endfor";
        part = { kind, start, end: this.ends[close]! };
        break;
      }
      case K.KwFor: {
        const vars = this.fastForVariables(kw);
        if (vars === undefined) break;
        const coll = this.fastExpression();
        if (coll === undefined) break;
        close = this.peekIdx();
        part = { kind: "for", keyVar: vars.keyVar, valVar: vars.valVar, coll, start, end: this.ends[close]! };
        break;
      }
      default:
        break;
    }
    const closed = part !== undefined && kinds[close] === K.TemplateSeqEnd;
    return this.leaveFastList(savedPos, closed ? close : -1) ? part : undefined;
  }

  /** How many tuples, objects, calls and interpolations the fast path is inside: it recurses through fastExpression, so it stops well short of the stack's end. */
  private fastListDepth = 0;

  /** `[item, item, …]` read by fastList, built as the tuple rule builds it; `[for …]` is the rules'. */
  private fastTuple(open: number): Expression | undefined {
    if (this.kindAt(this.nextSigIgnoringNewlines(open + 1)) === K.KwFor) return this.fastFor(open, K.CBrack);
    const exprs = this.fastList(open, K.CBrack);
    if (exprs === undefined) return undefined;
    return new TupleConsExpr(this.src, this.starts[open]!, this.ends[this.fastEnd]!, exprs);
  }

  /**
   * `[for v in c : e if f]` or `{for k, v in c : ke => ve... if f}` after
   * the bracket or brace at `open`, its expressions read by the fast path,
   * built as the forExpr rules build it; the closing token in fastEnd.
   * Left to the rules: variables named like keywords, and the shapes
   * forClose reports (a key or `...` in a tuple, no key in an object).
   */
  private fastFor(open: number, close: K.CBrack | K.CBrace): Expression | undefined {
    const savedPos = this.enterFastList(open, false);
    if (savedPos === undefined) return undefined;
    const result = this.fastForParts(open, close);
    return this.leaveFastList(savedPos, result === undefined ? -1 : this.fastEnd) ? result : undefined;
  }

  /**
   * `v in` or `k, v in` after the `for` at `kw`, as forExpr and forDirective
   * read them, leaving the position on `in`; variables named like keywords
   * are left to the rules.
   */
  private fastForVariables(kw: number): { keyVar: string; valVar: string } | undefined {
    const kinds = this.kinds;
    const first = this.nextSig(kw + 1);
    if (kinds[first] !== K.Ident) return undefined;
    let keyVar = "";
    let valVar = this.name(first);
    let inIdx = this.nextSig(first + 1);
    if (kinds[inIdx] === K.Comma) {
      const second = this.nextSig(inIdx + 1);
      if (kinds[second] !== K.Ident) return undefined;
      keyVar = valVar;
      valVar = this.name(second);
      inIdx = this.nextSig(second + 1);
    }
    if (kinds[inIdx] !== K.KwIn) return undefined;
    this.pos = inIdx;
    return { keyVar, valVar };
  }

  /** fastFor's reading, in the newline mode it set; its closing token in fastEnd. */
  private fastForParts(open: number, close: K.CBrack | K.CBrace): Expression | undefined {
    const kinds = this.kinds;
    const vars = this.fastForVariables(this.peekIdx());
    if (vars === undefined) return undefined;
    const { keyVar, valVar } = vars;
    const coll = this.fastExpression();
    if (coll === undefined) return undefined;
    const colon = this.peekIdx();
    if (kinds[colon] !== K.Colon) return undefined;
    this.pos = colon;
    let val = this.fastExpression();
    if (val === undefined) return undefined;
    let key: Expression | undefined;
    let next = this.peekIdx();
    if (kinds[next] === K.FatArrow) {
      this.pos = next;
      key = val;
      val = this.fastExpression();
      if (val === undefined) return undefined;
      next = this.peekIdx();
    }
    let grouped = false;
    if (kinds[next] === K.Ellipsis) {
      grouped = true;
      this.pos = next;
      next = this.peekIdx();
    }
    let cond: Expression | undefined;
    if (kinds[next] === K.KwIf) {
      this.pos = next;
      cond = this.fastExpression();
      if (cond === undefined) return undefined;
      next = this.peekIdx();
    }
    if (kinds[next] !== close) return undefined;
    if (close === K.CBrack ? key !== undefined || grouped : key === undefined) return undefined;
    this.fastEnd = next;
    const s = this.starts[open]!;
    const e = this.ends[next]!;
    return new ForExpr(
      this.src,
      s,
      e,
      keyVar,
      valVar,
      coll,
      key,
      val,
      cond,
      grouped,
      s,
      this.ends[open]!,
      this.starts[next]!,
      e,
    );
  }

  /** `name(arg, arg, …)` read by fastList (no `...`), built as the functionCall rule builds it. */
  private fastCall(name: number, open: number): Expression | undefined {
    const args = this.fastList(open, K.CParen);
    if (args === undefined) return undefined;
    const close = this.fastEnd;
    return new FunctionCallExpr(
      this.src,
      this.name(name),
      args,
      false,
      this.starts[name]!,
      this.ends[name]!,
      this.starts[open]!,
      this.starts[close]!,
      this.ends[close]!,
    );
  }

  /**
   * `{ key = value, key: value … }` whose keys and values the fast path
   * reads itself, items separated by commas or newlines (which are
   * significant inside, as in the objectItems rule), built as that rule
   * builds it; its closing brace in fastEnd. `{ for … }` goes to fastFor;
   * anything unusual is left to the rules.
   */
  private fastObject(open: number): Expression | undefined {
    // A `for` after the brace starts a for-expression even on the next line (EXP-18).
    if (this.kindAt(this.nextSigIgnoringNewlines(open + 1)) === K.KwFor) return this.fastFor(open, K.CBrace);
    const savedPos = this.enterFastList(open, true);
    if (savedPos === undefined) return undefined;
    const items: ObjectConsItem[] = [];
    let end = -1;
    for (;;) {
      const next = this.peekIdx();
      const k = this.kindAt(next);
      if (k === K.Newline) {
        this.pos = next;
        continue;
      }
      if (k === K.CBrace) {
        end = next;
        break;
      }
      // A key in parentheses is always an expression, never a name (objectItem's `force`).
      const force = k === K.OParen;
      const key = this.fastExpression();
      if (key === undefined) break;
      const sep = this.peekIdx();
      const sk = this.kindAt(sep);
      if (sk !== K.Equal && sk !== K.Colon) break;
      this.pos = sep;
      const value = this.fastExpression();
      if (value === undefined) break;
      items.push({ key: new ObjectConsKeyExpr(key, force), value });
      const after = this.peekIdx();
      const ak = this.kindAt(after);
      if (ak === K.CBrace) {
        end = after;
        break;
      }
      if (ak !== K.Comma && ak !== K.Newline) break;
      this.pos = after;
    }
    if (!this.leaveFastList(savedPos, end)) return undefined;
    return new ObjectConsExpr(this.src, this.starts[open]!, this.ends[end]!, items.slice());
  }

  /**
   * The items after the opening bracket or parenthesis at `open`, each read
   * by the fast path, separated by commas (a trailing one allowed), up to
   * `close`, with newlines and comments insignificant as inside the rules;
   * the closing token in fastEnd. Undefined for anything else (an item it
   * cannot read, another separator, an error), which the rules then read.
   */
  private fastList(open: number, close: K): Expression[] | undefined {
    const savedPos = this.enterFastList(open, false);
    if (savedPos === undefined) return undefined;
    const kinds = this.kinds;
    const items: Expression[] = [];
    let end = -1;
    for (;;) {
      const next = this.peekIdx();
      if (kinds[next] === close) {
        end = next;
        break;
      }
      const item = this.fastExpression();
      if (item === undefined) break;
      items.push(item);
      const after = this.peekIdx();
      if (kinds[after] === close) {
        end = after;
        break;
      }
      if (kinds[after] !== K.Comma) break;
      this.pos = after;
    }
    return this.leaveFastList(savedPos, end) ? items.slice() : undefined;
  }

  /**
   * Starts reading what follows the opening token `open` with newlines
   * significant or not; the position to restore, or undefined when the fast
   * path is nested too deeply already.
   */
  private enterFastList(open: number, newlines: boolean): number | undefined {
    if (this.fastListDepth >= 16) return undefined;
    const savedPos = this.pos;
    this.fastListDepth++;
    this.pushNL(newlines);
    this.pos = open;
    return savedPos;
  }

  /** The next token at or after `i` that is neither a newline nor a comment, whatever the newline mode. */
  private nextSigIgnoringNewlines(i: number): number {
    this.pushNL(false);
    const next = this.nextSig(i);
    this.popNL();
    return next;
  }

  /** Ends what enterFastList started: the newline mode, depth and position as they were; true (and `end` in fastEnd) if it closed. */
  private leaveFastList(savedPos: number, end: number): boolean {
    this.popNL();
    this.fastListDepth--;
    this.pos = savedPos;
    if (end < 0) return false;
    this.fastEnd = end;
    return true;
  }

  /** Reports nesting beyond the limit and leaves a placeholder; the caller's recovery skips the rest. */
  private tooDeep(): Expression {
    const at = this.peekIdx();
    if (!this.recovery) this.err(M.tooDeep, at);
    this.recovery = true;
    return this.placeholder(at, at);
  }

  // =====================================================================
  // Structure (SYN-*)
  // =====================================================================

  /**
   * The loaded token stream as a configuration file (hclsyntax ParseConfig).
   * The fast paths read what they can without the rules; where they stop,
   * at a top-level item, the rules take over from there.
   */
  readConfigFile(): Body {
    if (this.fastPaths) {
      const top = newBodyFrame(K.EOF, this.prevIdx());
      this.rulesOff = true;
      this.fastBodyItems(top);
      this.rulesOff = false;
      if (top.done) return this.bodyOf(top);
      this.prepareRules();
      this.resumed = top;
    } else this.prepareRules();
    return this.configFile();
  }

  /** The loaded token stream as one expression (hclsyntax ParseExpression). */
  readExpressionFile(): Expression {
    this.prepareRules();
    return this.expressionFile();
  }

  /** The loaded token stream as a bare template (hclsyntax ParseTemplate). */
  readTemplateFile(): Expression {
    this.prepareRules();
    return this.templateFile();
  }

  /** Set while readConfigFile tries the fast paths alone: blocks then read their bodies without the body rule. */
  private rulesOff = false;
  /** The top-level body the fast paths began, for the body rule to go on with. */
  private resumed: BodyFrame | undefined;

  /** ConfigFile = Body EOF */
  configFile = this.RULE("configFile", (): Body => {
    return this.SUBRULE(this.body, { ARGS: [K.EOF] });
  });

  /** Body = { NEWLINE | Attribute | Block } ( "}" | EOF ) — hclsyntax ParseBody. */
  body = this.RULE("body", (end: K): Body => {
    // Frames are set by plain statements (harmless while Chevrotain records
    // the grammar) so that a body allocates no closures.
    const saved = this.bodyFrame;
    const frame = this.resumed ?? newBodyFrame(end, this.prevIdx());
    this.resumed = undefined;
    this.bodyFrame = frame;
    this.MANY((this.bodyLoop ??= this.bodyLoopDef()));
    this.bodyFrame = saved;
    this.finished = frame;
    return this.RECORDING_PHASE ? (undefined as never) : this.finishBody();
  });

  /** The frame of the body or template whose rule just ended, for its finishing action. */
  private finished: BodyFrame | TemplateFrame | undefined;

  private readonly finishBody = (): Body => this.bodyOf(this.finished as BodyFrame);

  private bodyOf(frame: BodyFrame): Body {
    const s = this.starts[frame.startIdx]!;
    const e = this.ends[frame.endIdx]!;
    return new Body(this.src, s, e, frame.attrs.slice(), frame.blocks.slice(), e);
  }

  /** The item loop of `body`, built once; it works on the current frame `this.bodyFrame`. */
  private bodyLoopDef(): { GATE: () => boolean; DEF: () => void } {
    const closers: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [{ ALT: () => this.CONSUME(T.CBrace) }, { ALT: () => this.CONSUME(T.EOF) }],
    };
    const alternatives: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.OR2(closers);
            this.ACTION(() => {
              const f = this.bodyFrame;
              if (this.kindAt(this.pos) === f.end) {
                f.endIdx = this.pos;
                f.done = true;
              } else this.badBodyToken(f);
            });
          },
        },
        { ALT: () => this.CONSUME(T.Newline) },
        {
          ALT: () => {
            this.bodyFrame.item = this.SUBRULE(this.bodyItem);
            if (!this.RECORDING_PHASE) this.addPendingBodyItem();
          },
        },
        {
          ALT: () => {
            this.CONSUME(AnyToken);
            this.ACTION(() => this.badBodyToken(this.bodyFrame));
          },
        },
      ],
    };
    return {
      GATE: () => !this.bodyFrame.done,
      DEF: () => {
        if (!this.RECORDING_PHASE && this.fastPaths) {
          this.fastBodyItems(this.bodyFrame);
          if (this.bodyFrame.done) return;
        }
        this.OR(alternatives);
      },
    };
  }

  /**
   * Reads blank lines, `name = value` lines whose value the fast path
   * reads, plain blocks (fastBlock) and the body's end, straight into the
   * body's frame, and stops before anything else for the loop's rules to
   * read. Most lines of a configuration file are such lines, and each cost
   * the loop's alternation, the item and attribute rules and their token
   * checks. The attribute built and the position left are those of the
   * rules' path (bodyItem, attributeRest, finishAttributeAtNewline).
   */
  private fastBodyItems(f: BodyFrame): void {
    if (!this.nl) return;
    const kinds = this.kinds;
    for (;;) {
      const first = this.peekIdx();
      const k = this.kindAt(first);
      if (k === K.Newline) {
        this.pos = first;
        continue;
      }
      if (k === f.end) {
        // The closing brace, or the end of the file, as the loop's first alternative takes it.
        this.pos = first;
        f.endIdx = first;
        f.done = true;
        return;
      }
      if (!isIdentOrKeyword(k)) return;
      const eq = this.nextSig(first + 1);
      if (kinds[eq] !== K.Equal) {
        if (!this.fastBlock(f, first)) return;
        continue;
      }
      const saved = this.pos;
      this.pos = eq;
      const expr = this.fastExpression();
      if (expr === undefined || this.pk() !== K.Newline) {
        // attributeRest would try the same read at the same place: spare it that.
        if (expr === undefined) this.fastRefusedAt = eq;
        this.pos = saved;
        return;
      }
      const endIdx = this.pos;
      this.pos = this.peekIdx();
      const s = this.starts[first]!;
      this.addBodyItem(f, new Attribute(this.src, s, this.ends[endIdx]!, this.name(first), expr));
    }
  }

  /**
   * A block whose labels are names or plain strings and whose `{` ends its
   * line (or is followed by `}`), read as blockRest and blockBody read it:
   * the body by the body rule, the end of the line as blockBody's closing
   * alternatives take it. False, having read nothing, for any other shape.
   */
  private fastBlock(f: BodyFrame, ident: number): boolean {
    const kinds = this.kinds;
    const labels: string[] = [];
    const labelSpans: number[] = [];
    let i = this.nextSig(ident + 1);
    for (;;) {
      const k = kinds[i] as K;
      if (isIdentOrKeyword(k)) {
        labels.push(this.name(i));
        labelSpans.push(this.starts[i]!, this.ends[i]!);
      } else if (k === K.OQuote) {
        const value = this.plainString(i);
        if (value === undefined) return false;
        labels.push(value);
        labelSpans.push(this.starts[i]!, this.ends[this.fastEnd]!);
        i = this.fastEnd;
      } else break;
      i = this.nextSig(i + 1);
    }
    const oBrace = i;
    if (kinds[oBrace] !== K.OBrace || this.blockDepth >= this.maxNesting) return false;
    const content = this.kindAt(this.nextSig(oBrace + 1));
    if (content !== K.Newline && content !== K.CBrace) return false;
    const before = this.pos;
    const saved = this.blockFrame;
    const b: BlockFrame = {
      ident,
      labels: labels.slice(),
      labelSpans: labelSpans.slice(),
      oBrace,
      mark: this.diags.length,
      body: undefined,
      cBrace: -1,
    };
    this.blockFrame = b;
    this.pos = oBrace;
    this.blockDepth++;
    if (this.rulesOff) {
      const inner = newBodyFrame(K.CBrace, oBrace);
      this.fastBodyItems(inner);
      const after = inner.done ? this.kindAt(this.peekIdx()) : undefined;
      if (after !== K.Newline && after !== K.EOF) {
        // Left whole to the rules, which report what is wrong.
        this.blockDepth--;
        this.blockFrame = saved;
        this.pos = before;
        this.diags.length = b.mark;
        return false;
      }
      b.body = this.bodyOf(inner);
    } else b.body = this.SUBRULE(this.body, { ARGS: [K.CBrace] });
    b.cBrace = this.prevIdx();
    this.blockDepth--;
    const end = this.peekIdx();
    const k = this.kindAt(end);
    if (k === K.Newline || k === K.EOF) this.pos = end;
    else {
      if (!this.recovery) this.err(M.missingNewlineAfterBlock, end, ident);
      this.recoverAfterBodyItem();
    }
    this.blockFrame = saved;
    this.addBodyItem(f, this.finishBlock(b));
    return true;
  }

  /** The `=` after which fastBodyItems found no expression the fast path reads. */
  private fastRefusedAt = -1;

  private readonly addPendingBodyItem = (): void => {
    const f = this.bodyFrame;
    this.addBodyItem(f, f.item);
    f.item = undefined;
  };

  private addBodyItem(f: BodyFrame, item: BodyItem): void {
    if (item === undefined) return;
    if (item.kind === "Block") {
      f.blocks.push(item);
      return;
    }
    const attrs = f.attrs;
    // Most bodies have a few attributes: a scan of them costs less than a Map per body.
    if (f.seen === undefined && attrs.length >= 8) f.seen = new Map(attrs.map((a) => [a.name, a]));
    const existing = f.seen === undefined ? sameName(attrs, item.name) : f.seen.get(item.name);
    if (existing !== undefined) {
      this.diags.push(errorDiag(...M.attributeRedefined(item.name, rangeString(existing.nameRange)), item.nameRange));
    } else {
      f.seen?.set(item.name, item);
      attrs.push(item);
    }
  }

  /** The token just read cannot start a body item (hclsyntax ParseBody's default case). */
  private badBodyToken(f: BodyFrame): void {
    if (!this.recovery) {
      const bad = this.pos;
      const k = this.kindAt(bad);
      if (k === K.OQuote) this.err(M.quotedArgumentName, bad);
      else if (k === K.EOF) {
        this.diags.push(
          errorDiag(...(f.end === K.CBrace ? M.unclosedBlock : M.unclosedBody), this.tokRange(f.startIdx)),
        );
      } else this.err(M.itemRequired, bad);
    }
    f.endIdx = this.prevIdx();
    this.recover(f.end);
    f.done = true;
  }

  /** BodyItem = Identifier ( AttributeRest | BlockRest ) */
  bodyItem = this.RULE("bodyItem", (): BodyItem => {
    this.CONSUME(Identifier);
    // Read by the alternatives as they start, before anything nested can change it.
    this.itemIdent = this.pos;
    return this.OR((this.bodyItemOr ??= this.bodyItemAlternatives()));
  });

  private itemIdent = -1;
  private bodyItemOr: OrMethodOpts<BodyItem> | undefined;

  private bodyItemAlternatives(): OrMethodOpts<BodyItem> {
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.attributeRest, { ARGS: [this.itemIdent, false] }) },
        {
          GATE: () => {
            const k = this.pk();
            return k === K.OQuote || k === K.OBrace || isIdentOrKeyword(k);
          },
          ALT: () => this.SUBRULE(this.blockRest, { ARGS: [this.itemIdent] }),
        },
        {
          ALT: () => {
            const ident = this.itemIdent;
            return this.anyThen(10, () => {
              this.recoverAfterBodyItem();
              this.diags.push(errorDiag(...M.itemRequiredEquals, this.tokRange(ident)));
              return undefined;
            });
          },
        },
      ],
    };
  }

  /** AttributeRest = "=" Expression ( NEWLINE | EOF ) — hclsyntax finishParsingBodyAttribute. */
  attributeRest = this.RULE("attributeRest", (ident: number, singleLine: boolean): Attribute => {
    this.CONSUME(T.Equal);
    // Plain reads, harmless while Chevrotain records the grammar.
    const eq = this.pos;
    const mark = this.diags.length;
    const expr = (eq === this.fastRefusedAt ? undefined : this.fastExpressionLive()) ?? this.SUBRULE(this.expression);
    if (!singleLine) {
      // The usual ending, a newline after a well-formed value, taken without
      // the alternatives below and the closures they cost.
      const pending = this.pendingAttr;
      pending.ident = ident;
      pending.mark = mark;
      pending.expr = expr;
      const done = this.RECORDING_PHASE ? undefined : this.finishAttributeAtNewline();
      if (done !== undefined) return done;
    }
    return this.attributeEnding(ident, singleLine, mark, expr);
  });

  /** attributeRest's ending when it is not simply a newline, in a method of its own for the reason given at conditionalRest. */
  private attributeEnding(ident: number, singleLine: boolean, mark: number, expr: Expression): Attribute {
    let endIdx = -1;
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => !singleLine && !this.failedSince(mark) && (this.pk() === K.Newline || this.pk() === K.EOF),
          ALT: () => {
            this.ACTION(() => {
              endIdx = this.prevIdx();
            });
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [{ ALT: () => this.CONSUME(T.Newline) }, { ALT: () => this.CONSUME(T.EOF) }],
            });
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              endIdx = this.prevIdx();
              if (this.failedSince(mark)) {
                this.recoverAfterBodyItem();
                return;
              }
              if (singleLine) return;
              const end = this.peekIdx();
              if (!this.recovery) {
                this.err(
                  this.kindAt(end) === K.Comma ? M.commaAfterArgument : M.missingNewlineAfterArgument,
                  end,
                  ident,
                );
              }
              endIdx = this.prevIdx();
              this.recoverAfterBodyItem();
            }),
        },
      ],
    });
    return this.ACTION(() => {
      const s = this.starts[ident]!;
      return new Attribute(this.src, s, this.ends[endIdx]!, this.name(ident), expr);
    });
  }

  /** BlockRest = { StringLit | Identifier } "{" BlockBody — hclsyntax finishParsingBodyBlock. */
  blockRest = this.RULE("blockRest", (ident: number): Block => {
    const labels: string[] = [];
    const labelSpans: number[] = [];
    this.MANY(() => {
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            ALT: () => {
              const lab = this.SUBRULE(this.quotedLabel);
              this.ACTION(() => {
                labels.push(lab.value);
                labelSpans.push(lab.start, lab.end);
              });
            },
          },
          {
            ALT: () => {
              this.CONSUME(Identifier);
              this.ACTION(() => {
                labels.push(this.name(this.pos));
                labelSpans.push(this.starts[this.pos]!, this.ends[this.pos]!);
              });
            },
          },
        ],
      });
    });
    return this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.OBrace);
            return this.SUBRULE(this.blockBody, { ARGS: [ident, labels.slice(), labelSpans.slice()] });
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              const tok = this.peekIdx();
              const k = this.kindAt(tok);
              if (k === K.Equal) this.err(M.blockEquals, tok, ident);
              else if (k === K.Newline) this.err(M.blockNewline, tok, ident);
              else if (!this.recovery) this.err(M.blockOther, tok, ident);
              this.recoverAfterBodyItem();
              const s = this.starts[ident]!;
              const e = this.ends[ident]!;
              const body = new Body(this.src, s, e, [], [], s);
              return new Block(this.src, this.name(ident), labels, body, s, e, labelSpans, s, e, s, e);
            }),
        },
      ],
    });
  });

  /** BlockBody = NEWLINE Body | "}" | SingleAttrBody "}" ; then NEWLINE or EOF. */
  blockBody = this.RULE("blockBody", (ident: number, labels: string[], labelSpans: number[]): Block => {
    // One frame per block; the alternatives are built once and read the current frame.
    const saved = this.blockFrame;
    const f: BlockFrame = { ident, labels, labelSpans, oBrace: -1, mark: 0, body: undefined, cBrace: -1 };
    this.blockFrame = f;
    if (!this.RECORDING_PHASE) {
      f.oBrace = this.pos;
      f.mark = this.diags.length;
      this.blockDepth++;
    }
    this.OR5((this.blockContentOr ??= this.blockContentAlternatives()));
    if (!this.RECORDING_PHASE) {
      f.cBrace = this.prevIdx();
      this.blockDepth--;
    }
    this.OR3((this.blockEndOr ??= this.blockEndAlternatives()));
    this.blockFrame = saved;
    return this.RECORDING_PHASE ? (undefined as never) : this.finishBlock(f);
  });

  /** What follows a block's `{`: a body on its own lines, `}`, or one attribute then `}`; too deep a nesting is skipped. */
  private blockContentAlternatives(): OrMethodOpts<void> {
    const bodyArgs = { ARGS: [K.CBrace] as [K] };
    const singleLineEnd: OrMethodOpts<unknown> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(T.CBrace) },
        {
          ALT: () =>
            this.anyThen(10, () => {
              const f = this.blockFrame;
              // hclsyntax reports these before the body's own diagnostics.
              const before = this.diags.splice(f.mark);
              const tok = this.peekIdx();
              const k = this.kindAt(tok);
              if (k === K.Comma) this.err(M.singleLineComma, tok);
              else if (k === K.Newline) this.err(M.singleLineNewline, tok);
              else if (!this.recovery) {
                if (k === K.EOF) this.err(M.unclosedBlock, f.oBrace, f.ident, f.oBrace);
                else this.err(M.singleLineOther, tok);
              }
              this.diags.push(...before);
              this.recover(K.CBrace);
            }),
        },
      ],
    };
    const content: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => {
            const k = this.pk();
            return k === K.Newline || k === K.EOF || k === K.CBrace;
          },
          ALT: () => {
            this.blockFrame.body = this.SUBRULE(this.body, bodyArgs);
          },
        },
        {
          ALT: () => {
            this.blockFrame.body = this.SUBRULE(this.singleAttrBody);
            this.OR2(singleLineEnd);
          },
        },
      ],
    };
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.blockDepth <= this.maxNesting, ALT: () => this.OR4(content) },
        {
          ALT: () =>
            this.anyThen(11, () => {
              if (!this.recovery) this.err(M.tooDeep, this.blockFrame.oBrace);
              this.recover(K.CBrace);
            }),
        },
      ],
    };
  }

  /** What follows a block's `}`: a newline or the end of the file. */
  private blockEndAlternatives(): OrMethodOpts<unknown> {
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME2(T.Newline) },
        { ALT: () => this.CONSUME2(T.EOF) },
        {
          ALT: () =>
            this.anyThen(12, () => {
              const eol = this.peekIdx();
              if (!this.recovery) this.err(M.missingNewlineAfterBlock, eol, this.blockFrame.ident);
              this.recoverAfterBodyItem();
            }),
        },
      ],
    };
  }

  private finishBlock(f: BlockFrame): Block {
    const src = this.src;
    const { oBrace, cBrace } = f;
    const b = f.body ?? new Body(src, this.starts[oBrace]!, this.ends[cBrace]!, [], [], this.ends[cBrace]!);
    return new Block(
      src,
      this.name(f.ident),
      f.labels,
      b,
      this.starts[f.ident]!,
      this.ends[f.ident]!,
      f.labelSpans,
      this.starts[oBrace]!,
      this.ends[oBrace]!,
      this.starts[cBrace]!,
      this.ends[cBrace]!,
    );
  }

  /** SingleAttrBody = Identifier AttributeRest — a one-line block's only argument (SYN-06). */
  singleAttrBody = this.RULE("singleAttrBody", (): Body | undefined => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            let ident = -1;
            this.CONSUME(Identifier);
            this.ACTION(() => {
              ident = this.pos;
            });
            return this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  ALT: () => {
                    const attr = this.SUBRULE(this.attributeRest, { ARGS: [ident, true] });
                    return this.ACTION(() => new Body(this.src, attr.start, attr.end, [attr], [], attr.end));
                  },
                },
                {
                  ALT: () =>
                    this.anyThen(10, () => {
                      const next = this.peekIdx();
                      const k = this.kindAt(next);
                      this.recoverAfterBodyItem();
                      if (k === K.OQuote || k === K.OBrace || isIdentOrKeyword(k)) {
                        this.diags.push(
                          errorDiag(
                            ...M.singleLineNestedBlock(this.tokenText(ident)),
                            this.src.range(this.starts[ident]!, this.ends[next]!),
                          ),
                        );
                      } else {
                        this.diags.push(errorDiag(...M.itemRequiredEquals, this.tokRange(ident)));
                      }
                      return undefined;
                    }),
                },
              ],
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(AnyToken);
            return this.ACTION(() => {
              const bad = this.pos;
              this.recoverAfterBodyItem();
              this.diags.push(errorDiag(...M.itemRequired, this.tokRange(bad)));
              return undefined;
            });
          },
        },
      ],
    });
  });

  /** QuotedLabel = '"' { QuotedLit } '"' — a string with no template sequences (SYN-03). */
  quotedLabel = this.RULE("quotedLabel", (): { value: string; start: number; end: number } => {
    let open = -1;
    let endIdx = -1;
    let value = "";
    let done = false;
    this.CONSUME(T.OQuote);
    this.ACTION(() => {
      open = this.pos;
    });
    this.MANY({
      GATE: () => !done,
      DEF: () => {
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              ALT: () => {
                this.CONSUME(T.CQuote);
                this.ACTION(() => {
                  endIdx = this.pos;
                  done = true;
                });
              },
            },
            {
              ALT: () => {
                this.CONSUME(TemplateLiteral);
                this.ACTION(() => {
                  const i = this.pos;
                  value += decodeTemplateLiteral(this.src, this.starts[i]!, this.ends[i]!, true, this.diags);
                });
              },
            },
            {
              ALT: () => {
                this.OR2({
                  IGNORE_AMBIGUITIES: true,
                  DEF: [{ ALT: () => this.CONSUME(T.TemplateInterp) }, { ALT: () => this.CONSUME(T.TemplateControl) }],
                });
                this.ACTION(() => {
                  const i = this.pos;
                  const which = this.kindAt(i) === K.TemplateControl ? "%" : "$";
                  this.err(M.templateInLiteral(which), i, open);
                  value += which + "{ ... }";
                  this.recover(K.TemplateSeqEnd);
                });
              },
            },
            {
              ALT: () => {
                this.CONSUME(T.EOF);
                this.ACTION(() => {
                  this.err(M.unterminatedStringLiteral, this.pos, open);
                  endIdx = this.pos;
                  done = true;
                });
              },
            },
            {
              ALT: () => {
                this.CONSUME(AnyToken);
                this.ACTION(() => {
                  const i = this.pos;
                  this.err(M.invalidInStringLiteral, i, open);
                  this.recover(K.CQuote);
                  endIdx = i;
                  done = true;
                });
              },
            },
          ],
        });
      },
    });
    return this.ACTION(() => ({ value, start: this.starts[open]!, end: this.ends[endIdx]! }));
  });

  // =====================================================================
  // Expressions (EXP-*)
  // =====================================================================

  /** Expression = BinaryExpr [ "?" Expression ":" Expression ] (EXP-01, EXP-21) */
  expression = this.RULE("expression", (): Expression => {
    // Plain reads, harmless while Chevrotain records the grammar; closures
    // only where a `?` follows, so the common case allocates none.
    const start = this.peekIdx();
    const mark = this.diags.length;
    const cond = this.SUBRULE(this.binaryExpr);
    if (!this.RECORDING_PHASE && this.noQuestionAhead()) return cond;
    return this.conditionalRest(start, mark, cond);
  });

  /**
   * The rest of `expression` after its condition: `? true : false`. A method
   * of its own so that the variables its closures capture are allocated only
   * when a `?` follows, not on every expression.
   */
  private conditionalRest(start: number, mark: number, cond: Expression): Expression {
    let mark2 = 0;
    let result = cond;
    this.OPTION({
      GATE: () => !this.failedSince(mark),
      DEF: () => {
        this.CONSUME(T.Question);
        this.ACTION(() => {
          mark2 = this.diags.length;
        });
        const trueExpr = this.SUBRULE2(this.expression);
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              GATE: () => !this.failedSince(mark2) && this.pk() === K.Colon,
              ALT: () => {
                let mark3 = 0;
                this.CONSUME(T.Colon);
                this.ACTION(() => {
                  mark3 = this.diags.length;
                });
                const falseExpr = this.SUBRULE3(this.expression);
                this.ACTION(() => {
                  if (this.failedSince(mark3)) return;
                  result = new ConditionalExpr(this.src, this.starts[start]!, falseExpr.end, cond, trueExpr, falseExpr);
                });
              },
            },
            {
              ALT: () =>
                this.anyThen(10, () => {
                  if (this.failedSince(mark2)) return;
                  const colon = this.peekIdx();
                  this.err(M.missingFalseExpr, colon, start);
                }),
            },
          ],
        });
      },
    });
    return result;
  }

  /**
   * BinaryExpr = Operand { BinaryOperator Operand }, re-associated with HCL's
   * precedence table (EXP-01); all binary operators are left-associative.
   */
  binaryExpr = this.RULE("binaryExpr", (): Expression => {
    const mark = this.diags.length;
    const first = this.SUBRULE(this.operand);
    // A lone operand, the common case, needs no operator loop (and no closures).
    if (!this.RECORDING_PHASE && this.noOperatorAhead()) return first;
    return this.operatorChain(mark, first);
  });

  /** The operator loop of `binaryExpr`: one frame per chain, the loop built once (see `chainFrame`). */
  private operatorChain(firstMark: number, first: Expression): Expression {
    const saved = this.chainFrame;
    const f: ChainFrame = { mark: firstMark, operands: [first], ops: [] };
    this.chainFrame = f;
    this.MANY((this.chainLoop ??= this.chainLoopDef()));
    this.chainFrame = saved;
    if (this.RECORDING_PHASE) return undefined as never;
    return f.ops.length === 0 ? f.operands[0]! : this.associate(f.operands, f.ops);
  }

  private chainLoopDef(): { GATE: () => boolean; DEF: () => void } {
    return {
      GATE: () => !this.failedSince(this.chainFrame.mark),
      DEF: () => {
        this.CONSUME(BinaryOperatorTok);
        if (!this.RECORDING_PHASE) {
          const c = this.chainFrame;
          c.ops.push(OPERATOR_OF_KIND[this.kindAt(this.pos)]!);
          c.mark = this.diags.length;
        }
        const next = this.SUBRULE2(this.operand);
        // An operand in parentheses runs a chain of its own, which restores this frame when it ends.
        if (!this.RECORDING_PHASE) this.chainFrame.operands.push(next);
      },
    };
  }

  private associate(operands: Expression[], ops: BinaryOperator[]): Expression {
    if (ops.length === 1) return this.binary(operands[0]!, ops[0]!, operands[1]!);
    const out: Expression[] = [operands[0]!];
    const opStack: BinaryOperator[] = [];
    for (let i = 0; i <= ops.length; i++) {
      const op = ops[i];
      // Reduce while the operator on the stack binds at least as tightly (all are left-associative); at the end, reduce all.
      while (opStack.length > 0 && (op === undefined || PRECEDENCE[opStack[opStack.length - 1]!] >= PRECEDENCE[op])) {
        const rhs = out.pop()!;
        out.push(this.binary(out.pop()!, opStack.pop()!, rhs));
      }
      if (op === undefined) break;
      opStack.push(op);
      out.push(operands[i + 1]!);
    }
    return out[0]!;
  }

  private binary(lhs: Expression, op: BinaryOperator, rhs: Expression): BinaryOpExpr {
    return new BinaryOpExpr(this.src, lhs.start, rhs.end, lhs, op, rhs);
  }

  /** Operand = Term { Traversal } — hclsyntax parseExpressionWithTraversals. */
  operand = this.RULE("operand", (): Expression => {
    if (!this.RECORDING_PHASE) this.enterOperand();
    let result = this.SUBRULE(this.term);
    if (this.RECORDING_PHASE || !this.noTraversalAhead()) result = this.operandTraversals(result);
    if (!this.RECORDING_PHASE) this.leaveOperand();
    return result;
  });

  /** The traversal steps after an operand's term, in a method of its own for the reason given at conditionalRest. */
  private operandTraversals(term: Expression): Expression {
    let result = term;
    this.OPTION(() => {
      result = this.SUBRULE(this.traversals, { ARGS: [result] });
    });
    return result;
  }

  // Actions the hot rules share, made once: a closure per call was most of
  // what parsing allocated.
  private readonly enterOperand = (): void => {
    this.depth++;
  };
  private readonly leaveOperand = (): void => {
    this.depth--;
  };
  /**
   * fastExpression outside Chevrotain's recording phase. The hot rules test
   * RECORDING_PHASE themselves instead of going through ACTION, whose call
   * through a function value the JIT cannot inline.
   */
  private fastExpressionLive(): Expression | undefined {
    return this.RECORDING_PHASE || !this.fastPaths ? undefined : this.fastExpression();
  }
  private readonly pendingAttr: { ident: number; mark: number; expr: Expression | undefined } = {
    ident: -1,
    mark: 0,
    expr: undefined,
  };
  /** attributeRest's first alternative when a newline follows: consumes it and builds the attribute. */
  private readonly finishAttributeAtNewline = (): Attribute | undefined => {
    const a = this.pendingAttr;
    if (this.failedSince(a.mark) || this.pk() !== K.Newline) return undefined;
    const endIdx = this.prevIdx();
    this.pos = this.peekIdx();
    const s = this.starts[a.ident]!;
    return new Attribute(this.src, s, this.ends[endIdx]!, this.name(a.ident), a.expr!);
  };
  private readonly noOperatorAhead = (): boolean => OPERATOR_OF_KIND[this.pk()] === undefined;
  private readonly noQuestionAhead = (): boolean => this.pk() !== K.Question;
  private readonly noTraversalAhead = (): boolean => {
    const k = this.pk();
    return k !== K.Dot && k !== K.OBrack;
  };

  /** Term = "(" Expression ")" | Number | FunctionCall | Variable | Template | "-" Operand | "!" Operand | Tuple | Object */
  term = this.RULE("term", (): Expression => this.OR((this.termOr ??= this.termAlternatives())));

  /**
   * The alternatives of `term`, built once: the hottest decision of the
   * grammar. Its closures use only parser state, never per-call variables,
   * so they can be reused on every call (Chevrotain's performance guide).
   */
  private termAlternatives(): OrMethodOpts<Expression> {
    const identAlternatives: OrMethodOpts<Expression> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.functionCall, { ARGS: [this.pos] }) },
        { ALT: () => (this.RECORDING_PHASE ? (undefined as never) : this.variableOrKeyword(this.pos)) },
      ],
    };
    const signs: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Bang) }],
    };
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.parenthesized) },
        {
          ALT: () => {
            this.CONSUME(T.NumberLit);
            return this.RECORDING_PHASE ? (undefined as never) : this.numberLiteral(this.pos);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Identifier);
            return this.OR2(identAlternatives);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.OQuote);
            return this.SUBRULE(this.template, { ARGS: [K.CQuote] });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.OHeredoc);
            return this.SUBRULE2(this.template, { ARGS: [K.CHeredoc] });
          },
        },
        {
          ALT: () => {
            this.OR3(signs);
            const sym = this.pos;
            const operand = this.SUBRULE(this.operand);
            return this.ACTION(() => {
              const op = this.kindAt(sym) === K.Minus ? "-" : "!";
              return new UnaryOpExpr(this.src, this.starts[sym]!, operand.end, op, operand);
            });
          },
        },
        { ALT: () => this.SUBRULE(this.tupleOrFor) },
        { ALT: () => this.SUBRULE(this.objectOrFor) },
        { ALT: () => this.anyThen(10, () => this.invalidTerm()) },
      ],
    };
  }

  private numberLiteral(i: number): Expression {
    const lit = this.numberLit(i);
    if (lit === undefined) {
      this.err(M.invalidNumber, i);
      return this.placeholder(i, i);
    }
    return new LiteralValueExpr(this.src, this.starts[i]!, this.ends[i]!, lit);
  }

  /** hclsyntax parseExpressionTerm's default case: no expression starts here. */
  private invalidTerm(): Expression {
    if (this.depth > this.maxNesting) return this.tooDeep();
    const start = this.peekIdx();
    if (!this.recovery) {
      this.err(this.kindAt(start) === K.EOF ? M.missingExpression : M.invalidExpression, start);
    }
    this.recovery = true;
    return this.placeholder(start, start);
  }

  private variableOrKeyword(i: number): Expression {
    const s = this.starts[i]!;
    const e = this.ends[i]!;
    switch (this.kinds[i] as K) {
      case K.KwTrue:
        return new LiteralValueExpr(this.src, s, e, true);
      case K.KwFalse:
        return new LiteralValueExpr(this.src, s, e, false);
      case K.KwNull:
        return new LiteralValueExpr(this.src, s, e, null);
      default:
        return new ScopeTraversalExpr(this.src, s, e, [new TraverseRoot(this.src, s, e, this.name(i))]);
    }
  }

  /** Parenthesized = "(" Expression ")" (EXP-14) */
  parenthesized = this.RULE("parenthesized", (): Expression => {
    let open = -1;
    let mark = 0;
    this.CONSUME(T.OParen);
    this.ACTION(() => {
      open = this.pos;
      this.pushNL(false);
      mark = this.diags.length;
    });
    const inner = this.SUBRULE(this.expression);
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => !this.errsSince(mark),
          ALT: () => {
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                { ALT: () => this.CONSUME(T.CParen) },
                {
                  ALT: () => {
                    this.ACTION(() => {
                      this.err(M.unbalancedParens, this.peekIdx(), open);
                      this.recovery = true;
                    });
                    this.CONSUME(AnyToken);
                  },
                },
              ],
            });
            return this.ACTION(() => {
              const close = this.pos;
              this.popNL();
              return new ParenthesesExpr(this.src, this.starts[open]!, this.ends[close]!, inner);
            });
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              this.recover(K.CParen);
              this.popNL();
              return inner;
            }),
        },
      ],
    });
  });

  /** FunctionCall = Identifier "(" [ Expression { "," Expression } [ "," | "..." ] ] ")" (EXP-19) */
  functionCall = this.RULE("functionCall", (name: number): Expression => {
    // State lives in a frame (see tupleItems); nested calls save and restore the outer one.
    this.CONSUME(T.OParen);
    const saved = this.callFrame;
    const f: CallFrame = {
      name,
      open: this.pos,
      close: -1,
      done: false,
      expandFinal: false,
      args: [],
      mark: 0,
      arg: undefined,
    };
    this.callFrame = f;
    if (!this.RECORDING_PHASE) this.enterCall();
    this.MANY((this.callLoop ??= this.callLoopDef()));
    this.callFrame = saved;
    this.finishedCall = f;
    return this.RECORDING_PHASE ? (undefined as never) : this.finishCall();
  });

  private finishedCall: CallFrame | undefined;

  private readonly enterCall = (): void => this.pushNL(false);

  private readonly finishCall = (): Expression => {
    const f = this.finishedCall!;
    this.popNL();
    const close = f.close < 0 ? this.prevIdx() : f.close;
    return new FunctionCallExpr(
      this.src,
      this.name(f.name),
      f.args.slice(),
      f.expandFinal,
      this.starts[f.name]!,
      this.ends[f.name]!,
      this.starts[f.open]!,
      this.starts[close]!,
      this.ends[close]!,
    );
  };

  /** functionCall's argument loop, built once; it works on the innermost frame `this.callFrame`. */
  private callLoopDef(): { GATE: () => boolean; DEF: () => void } {
    const closeCall = (): void => {
      const f = this.callFrame;
      f.close = this.pos;
      f.done = true;
    };
    const giveUp = (): void => {
      const f = this.callFrame;
      f.close = this.recover(K.CParen);
      f.done = true;
    };
    const afterEllipsis: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME3(T.CParen);
            this.ACTION(() => {
              this.callFrame.close = this.pos;
            });
          },
        },
        {
          ALT: () => {
            const f = this.callFrame;
            const sep = this.pos;
            this.anyThen(10, () => {
              if (!this.recovery) this.err(M.callMissingParen, sep, f.name);
              f.close = this.recover(K.CParen);
            });
          },
        },
      ],
    };
    const separator: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME2(T.CParen);
            if (!this.RECORDING_PHASE) closeCall();
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Ellipsis);
            this.ACTION(() => {
              const f = this.callFrame;
              f.expandFinal = true;
              f.done = true;
            });
            this.OR4(afterEllipsis);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Comma);
            this.OPTION(() => {
              this.CONSUME4(T.CParen);
              if (!this.RECORDING_PHASE) closeCall();
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(AnyToken);
            this.ACTION(() => {
              const f = this.callFrame;
              const sep = this.pos;
              if (this.kindAt(sep) === K.EOF) {
                this.diags.push(
                  errorDiag(...M.unterminatedCall, this.src.range(this.starts[f.name]!, this.ends[f.open]!)),
                );
              } else {
                this.err(M.missingArgSeparator, sep, f.name);
              }
              giveUp();
            });
          },
        },
      ],
    };
    const afterArg: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => !this.failedSince(this.callFrame.mark), ALT: () => this.OR3(separator) },
        { ALT: () => this.anyThen(11, giveUp) },
      ],
    };
    const pushArg = (): void => {
      const f = this.callFrame;
      f.args.push(f.arg!);
      f.arg = undefined;
    };
    const alternatives: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.CParen);
            if (!this.RECORDING_PHASE) closeCall();
          },
        },
        {
          ALT: () => {
            const f = this.callFrame;
            f.mark = this.diags.length;
            f.arg = this.fastExpressionLive() ?? this.SUBRULE(this.expression);
            if (!this.RECORDING_PHASE) pushArg();
            this.OR2(afterArg);
          },
        },
      ],
    };
    return { GATE: () => !this.callFrame.done, DEF: () => this.OR(alternatives) };
  }

  // ---------------------------------------------------------------- traversals

  /**
   * Traversals = { "." Identifier | "." Number | ".*" { "." Identifier | "." Number } | "[*]" Traversals | "[" Expression "]" }
   * (EXP-10..13, SPL-01/02). Constant steps extend a static traversal (EXP-12).
   */
  traversals = this.RULE("traversals", (from: Expression): Expression => {
    let ret = from;
    this.MANY({
      GATE: () => this.depth < this.maxNesting || !this.tooDeepSplat(),
      DEF: () => {
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              ALT: () => {
                ret = this.SUBRULE(this.dotStep, { ARGS: [ret, from] });
              },
            },
            {
              ALT: () => {
                ret = this.SUBRULE(this.bracketStep, { ARGS: [ret, from] });
              },
            },
          ],
        });
      },
    });
    return this.ACTION(() => {
      // Traversal steps were appended one by one; keep exactly-sized arrays.
      if ((ret.kind === "ScopeTraversal" || ret.kind === "RelativeTraversal") && ret.traversal.length > 1) {
        ret.traversal = ret.traversal.slice();
      }
      return ret;
    });
  });

  dotStep = this.RULE("dotStep", (ret: Expression, from: Expression): Expression => {
    let dot = -1;
    this.CONSUME(T.Dot);
    this.ACTION(() => {
      dot = this.pos;
    });
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(Identifier);
            return this.ACTION(() => {
              const i = this.pos;
              const s = this.starts[dot]!;
              const e = this.ends[i]!;
              return makeRelativeTraversal(ret, new TraverseAttr(this.src, s, e, this.name(i)));
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.NumberLit);
            return this.ACTION(() => this.legacyIndex(ret, dot, this.pos, this.pos, false));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Star);
            return this.SUBRULE(this.attrSplat, { ARGS: [ret, from, dot] });
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              this.err(M.attributeNameRequired, this.peekIdx());
              this.recovery = true;
              return ret;
            }),
        },
      ],
    });
  });

  /** `a.0` means `a[0]` (EXP-13); `a.0.1` scans as one number and is rejected. */
  private legacyIndex(ret: Expression, dot: number, num: number, subject: number, inSplat: boolean): Expression {
    const text = this.tokenText(num);
    const s = this.starts[dot]!;
    const e = this.ends[num]!;
    const dotAt = text.indexOf(".");
    if (dotAt >= 0) {
      const a = text.slice(0, dotAt);
      const b = text.slice(dotAt + 1);
      this.err(inSplat ? M.invalidLegacySplatIndex(a, b) : M.invalidLegacyIndex(a, b), subject);
      return makeRelativeTraversal(ret, new TraverseIndex(this.src, s, e, UNKNOWN_LITERAL));
    }
    let key: LiteralValue = new NumberLiteral(text);
    if (!NUMBER_LITERAL.test(text)) {
      this.err(M.invalidNumber, num);
      key = UNKNOWN_LITERAL;
    }
    return makeRelativeTraversal(ret, new TraverseIndex(this.src, s, e, key));
  }

  /** AttrSplat = ".*" { "." Identifier | "." Number } (SPL-01) */
  attrSplat = this.RULE("attrSplat", (ret: Expression, from: Expression, dot: number): Expression => {
    let marker = -1;
    let abandoned = false;
    let lastEnd = 0;
    let first = -1;
    const trav: (TraverseAttr | TraverseIndex)[] = [];
    this.ACTION(() => {
      marker = this.pos;
      lastEnd = this.ends[marker]!;
      first = this.peekIdx();
    });
    this.MANY({
      GATE: () => !abandoned,
      DEF: () => {
        let d = -1;
        this.CONSUME(T.Dot);
        this.ACTION(() => {
          d = this.pos;
        });
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              ALT: () => {
                this.CONSUME(T.NumberLit);
                this.ACTION(() => {
                  const num = this.pos;
                  const holder = new AnonSymbolExpr(this.src, 0, 0);
                  const r = this.legacyIndex(holder, d, num, marker, true) as RelativeTraversalExpr;
                  trav.push(r.traversal[0]!);
                  lastEnd = this.ends[num]!;
                });
              },
            },
            {
              ALT: () => {
                this.CONSUME(Identifier);
                this.ACTION(() => {
                  const i = this.pos;
                  trav.push(new TraverseAttr(this.src, this.starts[d]!, this.ends[i]!, this.name(i)));
                  lastEnd = this.ends[i]!;
                });
              },
            },
            {
              ALT: () =>
                this.anyThen(10, () => {
                  if (!this.recovery) {
                    const next = this.peekIdx();
                    if (this.kindAt(next) === K.Star) this.err(M.nestedSplat, next);
                    else this.err(M.attributeNameRequired, marker);
                  }
                  this.recovery = true;
                  abandoned = true;
                }),
            },
          ],
        });
      },
    });
    return this.ACTION(() => {
      if (abandoned) return ret;
      const item = new AnonSymbolExpr(this.src, this.starts[dot]!, this.ends[marker]!);
      const each =
        trav.length === 0 ? item : new RelativeTraversalExpr(this.src, this.starts[first]!, lastEnd, item, trav);
      return new SplatExpr(this.src, from.start, lastEnd, ret, each, item);
    });
  });

  /** BracketStep = "[" "*" "]" Traversals | "[" Expression "]" */
  bracketStep = this.RULE("bracketStep", (ret: Expression, from: Expression): Expression => {
    let open = -1;
    this.CONSUME(T.OBrack);
    this.ACTION(() => {
      open = this.pos;
    });
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            let close = -1;
            this.CONSUME(T.Star);
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                { ALT: () => this.CONSUME(T.CBrack) },
                {
                  ALT: () => {
                    this.CONSUME(AnyToken);
                    this.ACTION(() => {
                      if (!this.recovery) {
                        // hclsyntax's subject aliases the variable that recovery then
                        // overwrites, so the diagnostic points at the token recovery stopped on.
                        const d = this.err(M.splatMissingBracket, this.pos);
                        d.subject = this.tokRange(this.recover(K.CBrack));
                      }
                    });
                  },
                },
              ],
            });
            this.ACTION(() => {
              close = this.pos;
            });
            const item = this.ACTION(() => {
              this.depth++;
              return new AnonSymbolExpr(this.src, this.starts[open]!, this.ends[close]!);
            });
            const each = this.SUBRULE(this.traversals, { ARGS: [item] });
            return this.ACTION(() => {
              this.depth--;
              return new SplatExpr(this.src, from.start, each.end, ret, each, item);
            });
          },
        },
        {
          ALT: () => {
            let mark = 0;
            let close = -1;
            this.ACTION(() => {
              this.pushNL(false);
              mark = this.diags.length;
            });
            const key = this.SUBRULE(this.expression);
            this.OR3({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  GATE: () => !this.failedSince(mark),
                  ALT: () => {
                    this.OR4({
                      IGNORE_AMBIGUITIES: true,
                      DEF: [
                        { ALT: () => this.CONSUME2(T.CBrack) },
                        {
                          ALT: () => {
                            this.CONSUME2(AnyToken);
                            this.ACTION(() => {
                              if (!this.recovery) {
                                // Same subject aliasing as the splat case above.
                                const d = this.err(M.indexMissingBracket, this.pos);
                                d.subject = this.tokRange(this.recover(K.CBrack));
                              }
                            });
                          },
                        },
                      ],
                    });
                    this.ACTION(() => {
                      close = this.pos;
                    });
                  },
                },
                {
                  ALT: () =>
                    this.anyThen(10, () => {
                      close = this.recover(K.CBrack);
                    }),
                },
              ],
            });
            return this.ACTION(() => {
              this.popNL();
              const s = this.starts[open]!;
              const e = this.ends[close]!;
              const lit = staticKey(key);
              if (lit !== undefined) return makeRelativeTraversal(ret, new TraverseIndex(this.src, s, e, lit));
              return new IndexExpr(this.src, from.start, e, ret, key, s);
            });
          },
        },
      ],
    });
  });

  // ---------------------------------------------------------------- collections

  /** TupleOrFor = "[" ( ForTuple | Tuple ) (EXP-15, EXP-18) */
  tupleOrFor = this.RULE("tupleOrFor", (): Expression => {
    this.CONSUME(T.OBrack);
    // Read by the alternatives as they start, before anything nested can change it.
    this.openIdx = this.pos;
    if (!this.RECORDING_PHASE) this.pushNL(false);
    const result = this.OR(
      (this.tupleOrForOr ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.forExpr, { ARGS: [this.openIdx, K.CBrack] }) },
          { ALT: () => this.SUBRULE(this.tupleItems, { ARGS: [this.openIdx] }) },
        ],
      }),
    );
    if (!this.RECORDING_PHASE) this.popNL();
    return result;
  });

  /** The opening bracket or brace of the tuple or object being read, and whether a `for` follows it. */
  private openIdx = -1;
  private openIsFor = false;
  private tupleOrForOr: OrMethodOpts<Expression> | undefined;
  private objectOrForOr: OrMethodOpts<Expression> | undefined;

  /** Tuple = [ Expression { "," Expression } [ "," ] ] "]" */
  tupleItems = this.RULE("tupleItems", (open: number): Expression => {
    // State lives in a frame, not in closures, so each item allocates nothing
    // but its expression; nested tuples save and restore the outer frame.
    const saved = this.tupleFrame;
    const f: TupleFrame = { open, close: -1, done: false, exprs: [], mark: 0, item: undefined };
    this.tupleFrame = f;
    this.MANY((this.tupleLoop ??= this.tupleLoopDef()));
    this.tupleFrame = saved;
    return this.ACTION(() => new TupleConsExpr(this.src, this.starts[f.open]!, this.ends[f.close]!, f.exprs.slice()));
  });

  /** tupleItems' loop, built once; it works on the innermost frame `this.tupleFrame`. */
  private tupleLoopDef(): { GATE: () => boolean; DEF: () => void } {
    const closeTuple = (): void => {
      const f = this.tupleFrame;
      f.close = this.pos;
      f.done = true;
    };
    const separator: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME2(T.CBrack);
            if (!this.RECORDING_PHASE) closeTuple();
          },
        },
        { ALT: () => this.CONSUME(T.Comma) },
        {
          ALT: () =>
            this.anyThen(10, () => {
              const f = this.tupleFrame;
              if (!this.recovery) {
                const next = this.peekIdx();
                if (this.kindAt(next) === K.EOF) this.err(M.unterminatedTuple, f.open);
                else this.err(M.missingItemSeparator, next, f.open);
              }
              f.close = this.recover(K.CBrack);
              f.done = true;
            }),
        },
      ],
    };
    const afterItem: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => !this.failedSince(this.tupleFrame.mark), ALT: () => this.OR3(separator) },
        {
          ALT: () =>
            this.anyThen(11, () => {
              const f = this.tupleFrame;
              f.close = this.recover(K.CBrack);
              f.done = true;
            }),
        },
      ],
    };
    const pushItem = (): void => {
      const f = this.tupleFrame;
      f.exprs.push(f.item!);
      f.item = undefined;
    };
    const alternatives: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.CBrack);
            if (!this.RECORDING_PHASE) closeTuple();
          },
        },
        {
          ALT: () => {
            const f = this.tupleFrame;
            f.mark = this.diags.length;
            f.item = this.fastExpressionLive() ?? this.SUBRULE(this.expression);
            if (!this.RECORDING_PHASE) pushItem();
            this.OR2(afterItem);
          },
        },
      ],
    };
    return { GATE: () => !this.tupleFrame.done, DEF: () => this.OR(alternatives) };
  }

  /** ObjectOrFor = "{" ( ForObject | Object ) (EXP-16, EXP-18) */
  objectOrFor = this.RULE("objectOrFor", (): Expression => {
    this.CONSUME(T.OBrace);
    this.openIdx = this.pos;
    if (!this.RECORDING_PHASE) {
      // A `for` after the brace starts a for-expression even on the next line (EXP-18).
      this.pushNL(false);
      this.openIsFor = this.pk() === K.KwFor;
      if (!this.openIsFor) {
        this.popNL();
        this.pushNL(true);
      }
    }
    const result = this.OR(
      (this.objectOrForOr ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => this.openIsFor,
            ALT: () => this.SUBRULE(this.forExpr, { ARGS: [this.openIdx, K.CBrace] }),
          },
          { ALT: () => this.SUBRULE(this.objectItems, { ARGS: [this.openIdx] }) },
        ],
      }),
    );
    if (!this.RECORDING_PHASE) this.popNL();
    return result;
  });

  /** Object = { NEWLINE | ObjectItem ( "," | NEWLINE ) } "}" */
  objectItems = this.RULE("objectItems", (open: number): Expression => {
    const saved = this.objectFrame;
    const st: ObjectState = { openIdx: open, closeIdx: -1, items: [], done: false };
    this.objectFrame = st;
    this.MANY((this.objectLoop ??= this.objectLoopDef()));
    this.objectFrame = saved;
    return this.ACTION(
      () => new ObjectConsExpr(this.src, this.starts[open]!, this.ends[st.closeIdx]!, st.items.slice()),
    );
  });

  /** objectItems' loop, built once; it works on the innermost frame `this.objectFrame`. */
  private objectLoopDef(): { GATE: () => boolean; DEF: () => void } {
    const alternatives: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(T.Newline) },
        {
          ALT: () => {
            this.CONSUME(T.CBrace);
            if (!this.RECORDING_PHASE) this.closeObject();
          },
        },
        { ALT: () => this.SUBRULE(this.objectItem) },
      ],
    };
    return { GATE: () => !this.objectFrame.done, DEF: () => this.OR(alternatives) };
  }

  private readonly closeObject = (): void => {
    const st = this.objectFrame;
    st.closeIdx = this.pos;
    st.done = true;
  };

  /** ObjectItem = Expression ( "=" | ":" ) Expression (OBJ-01..04), into the object `this.objectFrame`. */
  objectItem = this.RULE("objectItem", (): void => {
    const saved = this.itemFrame;
    const f: ObjectItemFrame = {
      force: this.pk() === K.OParen,
      mark: this.diags.length,
      key: undefined,
      mark2: 0,
      value: undefined,
    };
    f.key = this.fastExpressionLive() ?? this.SUBRULE(this.expression);
    this.itemFrame = f;
    this.OR((this.objectItemOr ??= this.objectItemAlternatives()));
    this.itemFrame = saved;
  });

  /** objectItem's alternatives, built once; they work on `this.itemFrame` and `this.objectFrame`. */
  private objectItemAlternatives(): OrMethodOpts<void> {
    const giveUp = (): void => {
      const st = this.objectFrame;
      st.closeIdx = this.recover(K.CBrace);
      st.done = true;
    };
    const ending: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.CBrace);
            if (!this.RECORDING_PHASE) this.closeObject();
          },
        },
        { ALT: () => this.CONSUME(T.Comma) },
        { ALT: () => this.CONSUME(T.Newline) },
        {
          ALT: () =>
            this.anyThen(10, () => {
              const st = this.objectFrame;
              if (!this.recovery) {
                const next = this.peekIdx();
                if (this.kindAt(next) === K.EOF) this.err(M.unterminatedObject, st.openIdx);
                else this.err(M.missingAttrSeparator, next, st.openIdx);
              }
              giveUp();
            }),
        },
      ],
    };
    const pushItem = (): void => {
      const f = this.itemFrame;
      this.objectFrame.items.push({ key: new ObjectConsKeyExpr(f.key!, f.force), value: f.value! });
    };
    const afterValue: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => !this.failedSince(this.itemFrame.mark2),
          ALT: () => {
            if (!this.RECORDING_PHASE) pushItem();
            this.OR5(ending);
          },
        },
        { ALT: () => this.anyThen(11, giveUp) },
      ],
    };
    const separator: OrMethodOpts<IToken> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [{ ALT: () => this.CONSUME(T.Equal) }, { ALT: () => this.CONSUME(T.Colon) }],
    };
    const separatorAndValue: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.OR3(separator);
            const f = this.itemFrame;
            f.mark2 = this.diags.length;
            f.value = this.fastExpressionLive() ?? this.SUBRULE2(this.expression);
            this.OR4(afterValue);
          },
        },
        {
          ALT: () =>
            this.anyThen(12, () => {
              const st = this.objectFrame;
              if (!this.recovery) {
                const next = this.peekIdx();
                switch (this.kindAt(next)) {
                  case K.Newline:
                  case K.Comma:
                    this.err(M.missingAttrValue, next, st.openIdx);
                    break;
                  case K.EOF:
                    this.err(M.unterminatedObject, st.openIdx);
                    break;
                  default:
                    this.err(
                      isIdentOrKeyword(this.kindAt(next)) ? M.missingKeyValueSepIdent : M.missingKeyValueSep,
                      next,
                      st.openIdx,
                    );
                }
              }
              giveUp();
            }),
        },
      ],
    };
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => !this.failedSince(this.itemFrame.mark), ALT: () => this.OR2(separatorAndValue) },
        { ALT: () => this.anyThen(13, giveUp) },
      ],
    };
  }

  // ---------------------------------------------------------------- for expressions (FOR-*)

  /** ForExpr = "for" Identifier [ "," Identifier ] ForIn — after "[" or "{" (FOR-01) */
  forExpr = this.RULE("forExpr", (open: number, close: K): Expression => {
    const st: ForState = { openIdx: open, close, keyVar: "", valVar: "", ellipsisIdx: -1 };
    this.CONSUME(T.KwFor);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(Identifier);
            this.ACTION(() => {
              st.valVar = this.name(this.pos);
            });
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  ALT: () => {
                    this.CONSUME(T.Comma);
                    this.OR3({
                      IGNORE_AMBIGUITIES: true,
                      DEF: [
                        {
                          ALT: () => {
                            this.CONSUME2(Identifier);
                            this.ACTION(() => {
                              st.keyVar = st.valVar;
                              st.valVar = this.name(this.pos);
                            });
                            this.SUBRULE(this.forIn, { ARGS: [st] });
                          },
                        },
                        { ALT: () => this.anyThen(10, () => this.forFail(st, M.forValueVarName)) },
                      ],
                    });
                  },
                },
                { ALT: () => this.SUBRULE2(this.forIn, { ARGS: [st] }) },
              ],
            });
          },
        },
        { ALT: () => this.anyThen(11, () => this.forFail(st, M.forVarName)) },
      ],
    });
    return this.ACTION(() => st.result!);
  });

  /** Reports a malformed `for` and skips to its closing bracket, leaving a placeholder. */
  private forFail(st: ForState, m: Message | undefined): void {
    if (m !== undefined && !this.recovery) {
      const next = this.peekIdx();
      this.err(m, next, st.openIdx);
    }
    const close = this.recover(st.close);
    st.result = this.placeholder(st.openIdx, close);
  }

  /** ForIn = "in" Expression ":" ForBody */
  forIn = this.RULE("forIn", (st: ForState): void => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            let mark = 0;
            this.CONSUME(T.KwIn);
            this.ACTION(() => {
              mark = this.diags.length;
            });
            const coll = this.SUBRULE(this.expression);
            this.ACTION(() => {
              st.coll = coll;
            });
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                { GATE: () => !this.failedSince(mark), ALT: () => this.SUBRULE(this.forBody, { ARGS: [st] }) },
                { ALT: () => this.anyThen(10, () => this.forFail(st, undefined)) },
              ],
            });
          },
        },
        { ALT: () => this.anyThen(11, () => this.forFail(st, M.forIn)) },
      ],
    });
  });

  /** ForBody = ":" Expression [ "=>" Expression ] [ "..." ] [ "if" Expression ] ForClose */
  forBody = this.RULE("forBody", (st: ForState): void => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            let mark = 0;
            this.CONSUME(T.Colon);
            this.ACTION(() => {
              mark = this.diags.length;
            });
            const first = this.SUBRULE(this.expression);
            this.ACTION(() => {
              st.val = first;
            });
            this.OPTION(() => {
              this.CONSUME(T.FatArrow);
              const second = this.SUBRULE2(this.expression);
              this.ACTION(() => {
                st.key = first;
                st.val = second;
              });
            });
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                { GATE: () => !this.failedSince(mark), ALT: () => this.SUBRULE(this.forTail, { ARGS: [st] }) },
                { ALT: () => this.anyThen(10, () => this.forFail(st, undefined)) },
              ],
            });
          },
        },
        { ALT: () => this.anyThen(11, () => this.forFail(st, M.forColon)) },
      ],
    });
  });

  forTail = this.RULE("forTail", (st: ForState): void => {
    this.OPTION(() => {
      this.CONSUME(T.Ellipsis);
      this.ACTION(() => {
        st.ellipsisIdx = this.pos;
      });
    });
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            let mark = 0;
            this.CONSUME(T.KwIf);
            this.ACTION(() => {
              mark = this.diags.length;
            });
            const cond = this.SUBRULE(this.expression);
            this.ACTION(() => {
              st.cond = cond;
            });
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                { GATE: () => !this.failedSince(mark), ALT: () => this.SUBRULE(this.forClose, { ARGS: [st] }) },
                { ALT: () => this.anyThen(10, () => this.forFail(st, undefined)) },
              ],
            });
          },
        },
        { ALT: () => this.SUBRULE2(this.forClose, { ARGS: [st] }) },
      ],
    });
  });

  /** ForClose = "]" | "}" — then the checks that depend on which bracket opened it (FOR-06). */
  forClose = this.RULE("forClose", (st: ForState): void => {
    let close = -1;
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => st.close === K.CBrack, ALT: () => this.CONSUME(T.CBrack) },
        { GATE: () => st.close === K.CBrace, ALT: () => this.CONSUME(T.CBrace) },
        {
          ALT: () =>
            this.anyThen(10, () => {
              if (!this.recovery) this.err(M.forExtra, this.peekIdx(), st.openIdx);
              this.recover(st.close);
            }),
        },
      ],
    });
    this.ACTION(() => {
      close = this.pos;
      const open = st.openIdx;
      const ctx = (): Range => this.src.range(this.starts[open]!, this.ends[close]!);
      if (st.close === K.CBrack) {
        if (st.key !== undefined) this.diags.push(errorDiag(...M.forTupleKey, st.key.range, ctx()));
        if (st.ellipsisIdx >= 0) this.diags.push(errorDiag(...M.forTupleGroup, this.tokRange(st.ellipsisIdx), ctx()));
      } else if (st.key === undefined) {
        this.diags.push(errorDiag(...M.forObjectKey, st.val!.range, ctx()));
      }
      st.result = new ForExpr(
        this.src,
        this.starts[open]!,
        this.ends[close]!,
        st.keyVar,
        st.valVar,
        st.coll!,
        st.key,
        st.val!,
        st.cond,
        st.ellipsisIdx >= 0,
        this.starts[open]!,
        this.ends[open]!,
        this.starts[close]!,
        this.ends[close]!,
      );
    });
  });

  // =====================================================================
  // Templates (TPL-*)
  // =====================================================================

  /**
   * Template = { TemplateLiteral | Interpolation | Directive } Closer — the
   * opener is already consumed. Parts are read flat and folded into
   * directives afterwards (template-parts.ts).
   */
  template = this.RULE("template", (end: K): Expression => {
    const saved = this.tpl;
    const frame = newTemplateFrame(end, this.pos, this.peekIdx());
    this.tpl = frame;
    this.MANY((this.templateLoop ??= this.templateLoopDef()));
    this.tpl = saved;
    this.finished = frame;
    return this.RECORDING_PHASE ? (undefined as never) : this.finishPendingTemplate();
  });

  private readonly finishPendingTemplate = (): Expression => this.finishTemplate(this.finished as TemplateFrame);

  /** The part loop of `template`, built once; it works on the current frame `this.tpl`. */
  private templateLoopDef(): { GATE: () => boolean; DEF: () => void } {
    const alternatives: OrMethodOpts<void> = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        // A closer can only be the one this template's scanner mode produces.
        { ALT: () => this.CONSUME(T.CQuote) },
        { ALT: () => this.CONSUME(T.CHeredoc) },
        {
          ALT: () => {
            this.CONSUME(TemplateLiteral);
            this.ACTION(() => this.templateLiteral(this.tpl));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.TemplateInterp);
            this.ACTION(() => this.trimBeforeSequence(this.tpl));
            this.SUBRULE(this.interpolation, { ARGS: [this.tpl] });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.TemplateControl);
            this.ACTION(() => this.trimBeforeSequence(this.tpl));
            this.SUBRULE(this.directive, { ARGS: [this.tpl] });
          },
        },
        {
          ALT: () => {
            this.CONSUME(AnyToken);
            this.ACTION(() => this.templateStray(this.tpl));
          },
        },
      ],
    };
    return {
      GATE: () => !this.tpl.done,
      DEF: () => {
        this.ACTION(() => {
          const t = this.tpl;
          t.ltrim = t.ltrimNext;
          t.ltrimNext = false;
          t.canTrimPrev = t.nextCanTrimPrev;
          t.nextCanTrimPrev = false;
        });
        this.OR(alternatives);
        this.ACTION(() => {
          const t = this.tpl;
          if (!t.done && this.kindAt(this.pos) === t.end) {
            t.endIdx = this.pos;
            t.done = true;
          }
        });
      },
    };
  }

  private templateLiteral(t: TemplateFrame): void {
    const i = this.pos;
    let value = decodeTemplateLiteral(
      this.src,
      this.starts[i]!,
      this.ends[i]!,
      this.kinds[i] === K.QuotedLit,
      this.diags,
    );
    if (t.ltrim) value = trimLeftSpace(value);
    t.parts.push({ kind: "literal", value: this.shared(value), start: this.starts[i]!, end: this.ends[i]! });
    t.nextCanTrimPrev = true;
  }

  /** A token that cannot continue the template: its end (bare templates) or an error. */
  private templateStray(t: TemplateFrame): void {
    const i = this.pos;
    if (t.end === K.EOF && this.kindAt(i) === K.EOF) {
      t.endIdx = i;
      t.done = true;
      return;
    }
    if (!this.recovery) this.err(M.unterminatedTemplate, i, t.startIdx);
    t.endIdx = this.recover(t.end);
    t.done = true;
  }

  private finishTemplate(t: TemplateFrame): Expression {
    const src = this.src;
    const parts = t.parts;
    if (parts.length === 0) {
      const at = this.ends[t.startIdx]!;
      parts.push({ kind: "literal", value: "", start: at, end: at });
    }
    parts.push({ kind: "end", start: this.starts[t.endIdx]!, end: this.ends[t.endIdx]! });
    if (t.end === K.CHeredoc && this.text.charCodeAt(this.starts[t.open]! + 2) === 45) flushHeredocParts(parts);
    const exprs = buildTemplateExprs(src, parts, this.diags);
    const s = t.end === K.EOF ? this.starts[t.startIdx]! : this.starts[t.open]!;
    const e = this.ends[t.endIdx]!;
    if (parts.length === 2 && parts[0]!.kind === "interp") {
      return new TemplateWrapExpr(src, s, e, exprs[0]!);
    }
    return new TemplateExpr(src, s, e, plainQuoted(t.end, s, e, exprs) ?? exprs);
  }

  /** `${~` and `%{~` trim trailing white space from the literal just before (TPL-04). */
  private trimBeforeSequence(t: TemplateFrame): void {
    const opener = this.pos;
    const parts = t.parts;
    if (!t.canTrimPrev || this.ends[opener]! - this.starts[opener]! !== 3 || parts.length === 0) return;
    const prev = parts[parts.length - 1]!;
    if (prev.kind === "literal") prev.value = trimRightSpace(prev.value);
  }

  /** Interpolation = "${" Expression "}" (TPL-05, TPL-06) */
  interpolation = this.RULE("interpolation", (t: TemplateFrame): void => {
    let opener = -1;
    let close = -1;
    this.ACTION(() => {
      opener = this.pos;
      this.pushNL(false);
    });
    const expr = this.fastExpressionLive() ?? this.SUBRULE(this.expression);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.TemplateSeqEnd);
            this.ACTION(() => {
              close = this.pos;
              if (this.ends[close]! - this.starts[close]! === 2) t.ltrimNext = true;
            });
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              close = this.peekIdx();
              if (!this.recovery) {
                const k = this.kindAt(close);
                if (k === K.EOF) {
                  this.diags.push(errorDiag(...M.unclosedInterp, this.tokRange(t.startIdx)));
                } else if (k === K.Colon) {
                  this.err(M.interpColon, close, t.startIdx);
                } else if ((k === K.CQuote || k === K.OQuote) && t.end === K.CQuote) {
                  this.diags.push(errorDiag(...M.unclosedInterpQuoted, this.tokRange(t.startIdx)));
                } else {
                  this.err(M.interpExtra, close, t.startIdx);
                }
              }
              this.recover(K.TemplateSeqEnd);
            }),
        },
      ],
    });
    this.ACTION(() => {
      this.popNL();
      t.parts.push({ kind: "interp", expr, start: this.starts[opener]!, end: this.ends[close]! });
    });
  });

  /** Directive = "%{" ( "if" Expression | "else" | "endif" | "for" ForDirective | "endfor" ) "}" (TPL-07, TPL-08) */
  directive = this.RULE("directive", (t: TemplateFrame): void => {
    // One frame per directive; the alternatives are built once and read the current frame.
    const saved = this.directiveFrame;
    const f: DirectiveFrame = { t, opener: -1, kw: -1 };
    this.directiveFrame = f;
    if (!this.RECORDING_PHASE) {
      f.opener = this.pos;
      this.pushNL(false);
    }
    this.OR((this.directiveOr ??= this.directiveAlternatives()));
    this.directiveFrame = saved;
  });

  private directiveAlternatives(): OrMethodOpts<void> {
    const keyword = (): void => {
      if (!this.RECORDING_PHASE) this.directiveFrame.kw = this.pos;
    };
    const end = (kind: "else" | "endif" | "endfor"): void => {
      if (!this.RECORDING_PHASE) this.endDirective(this.directiveFrame.t.parts, this.directiveFrame.opener, kind);
    };
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.KwIf);
            keyword();
            const cond = this.SUBRULE(this.expression);
            // A template inside the condition has directives of its own, whose frames are gone by now.
            if (!this.RECORDING_PHASE) {
              const f = this.directiveFrame;
              f.t.parts.push({ kind: "if", cond, start: this.starts[f.opener]!, end: this.ends[this.peekIdx()]! });
            }
            this.SUBRULE(this.directiveClose);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.KwElse);
            keyword();
            end("else");
            this.SUBRULE2(this.directiveClose);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.KwEndif);
            keyword();
            end("endif");
            this.SUBRULE3(this.directiveClose);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.KwFor);
            keyword();
            const f = this.directiveFrame;
            this.SUBRULE(this.forDirective, { ARGS: [f.t, f.opener, f.kw] });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.KwEndfor);
            keyword();
            end("endfor");
            this.SUBRULE4(this.directiveClose);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Identifier);
            this.ACTION(() => {
              const kw = this.pos;
              const opener = this.directiveFrame.opener;
              if (!this.recovery) {
                const given = this.tokenText(kw);
                const s = nameSuggestion(given, TEMPLATE_KEYWORDS);
                this.err(M.invalidControlKeyword(given, s === "" ? "" : ` Did you mean "${s}"?`), kw, opener);
              }
              this.recover(K.TemplateSeqEnd);
              this.popNL();
            });
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              if (!this.recovery) this.err(M.invalidDirective, this.peekIdx(), this.directiveFrame.opener);
              this.recover(K.TemplateSeqEnd);
              this.popNL();
            }),
        },
      ],
    };
  }

  private endDirective(parts: TemplatePart[], opener: number, kind: "else" | "endif" | "endfor"): void {
    parts.push({ kind, start: this.starts[opener]!, end: this.ends[this.peekIdx()]! });
  }

  /** ForDirective = Identifier [ "," Identifier ] "in" Expression */
  forDirective = this.RULE("forDirective", (t: TemplateFrame, opener: number, kw: number): void => {
    let keyVar = "";
    let valVar = "";
    const fail = (m: Message): void => {
      if (!this.recovery) this.err(m, this.peekIdx());
      this.recover(K.TemplateSeqEnd);
      this.popNL();
    };
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(Identifier);
            this.ACTION(() => {
              valVar = this.name(this.pos);
            });
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  ALT: () => {
                    this.CONSUME(T.Comma);
                    this.OR3({
                      IGNORE_AMBIGUITIES: true,
                      DEF: [
                        {
                          ALT: () => {
                            this.CONSUME2(Identifier);
                            this.ACTION(() => {
                              keyVar = valVar;
                              valVar = this.name(this.pos);
                            });
                            this.SUBRULE(this.forDirectiveIn, {
                              ARGS: [t, opener, kw, keyVar, valVar],
                            });
                          },
                        },
                        { ALT: () => this.anyThen(10, () => fail(M.forDirectiveValueVar)) },
                      ],
                    });
                  },
                },
                {
                  ALT: () => this.SUBRULE2(this.forDirectiveIn, { ARGS: [t, opener, kw, keyVar, valVar] }),
                },
              ],
            });
          },
        },
        { ALT: () => this.anyThen(11, () => fail(M.forDirectiveVar)) },
      ],
    });
  });

  forDirectiveIn = this.RULE(
    "forDirectiveIn",
    (t: TemplateFrame, opener: number, kw: number, keyVar: string, valVar: string): void => {
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            ALT: () => {
              this.CONSUME(T.KwIn);
              const coll = this.SUBRULE(this.expression);
              this.ACTION(() => {
                t.parts.push({
                  kind: "for",
                  keyVar,
                  valVar,
                  coll,
                  start: this.starts[opener]!,
                  end: this.ends[this.peekIdx()]!,
                });
              });
              this.SUBRULE(this.directiveClose);
            },
          },
          {
            ALT: () =>
              this.anyThen(10, () => {
                if (!this.recovery) this.err(M.forDirectiveIn, this.peekIdx());
                this.recover(K.TemplateSeqEnd);
                this.popNL();
              }),
          },
        ],
      });
    },
  );

  /** DirectiveClose = "}" | "~}" */
  /** The `}` (or `~}`) that ends the directive in `directiveFrame`. */
  directiveClose = this.RULE("directiveClose", (): void => {
    this.OR((this.directiveCloseOr ??= this.directiveCloseAlternatives()));
    if (!this.RECORDING_PHASE) this.popNL();
  });

  private directiveCloseAlternatives(): OrMethodOpts<void> {
    return {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.TemplateSeqEnd);
            if (!this.RECORDING_PHASE) {
              const close = this.pos;
              if (this.ends[close]! - this.starts[close]! === 2) this.directiveFrame.t.ltrimNext = true;
            }
          },
        },
        {
          ALT: () =>
            this.anyThen(10, () => {
              const f = this.directiveFrame;
              if (!this.recovery) this.err(M.extraInMarker(this.tokenText(f.kw)), this.peekIdx(), f.t.startIdx);
              this.recover(K.TemplateSeqEnd);
            }),
        },
      ],
    };
  }

  // =====================================================================
  // Entry points for other syntaxes
  // =====================================================================

  /** A standalone expression (hclsyntax ParseExpression): newlines ignored, then EOF. */
  expressionFile = this.RULE("expressionFile", (): Expression => {
    this.ACTION(() => this.pushNL(false));
    const e = this.SUBRULE(this.expression);
    this.ACTION(() => {
      const next = this.peekIdx();
      if (this.kindAt(next) !== K.EOF && !this.recovery) this.err(M.extraAfterExpression, next);
      this.popNL();
      // Whatever follows has been reported (or is trailing newlines); hclsyntax stops here too.
      this.pos = this.last - 1;
    });
    return e;
  });

  /** A bare template (hclsyntax ParseTemplate): the whole input is template text. */
  templateFile = this.RULE("templateFile", (): Expression => {
    return this.SUBRULE(this.template, { ARGS: [K.EOF] });
  });
}

function opposite(k: K): K {
  switch (k) {
    case K.OBrace:
      return K.CBrace;
    case K.OBrack:
      return K.CBrack;
    case K.OParen:
      return K.CParen;
    case K.OQuote:
      return K.CQuote;
    case K.OHeredoc:
      return K.CHeredoc;
    case K.CBrace:
      return K.OBrace;
    case K.CBrack:
      return K.OBrack;
    case K.CParen:
      return K.OParen;
    case K.CQuote:
      return K.OQuote;
    case K.CHeredoc:
      return K.OHeredoc;
    case K.TemplateControl:
    case K.TemplateInterp:
      return K.TemplateSeqEnd;
    case K.TemplateSeqEnd:
      return K.TemplateInterp;
    default:
      return K.EOF; // "no bracket": never matched by recover's nesting count
  }
}

/** Tokens that extend a complete operand: operators, `?`, `.` and `[`. */
function continuesExpression(k: K): boolean {
  switch (k) {
    case K.Or:
    case K.And:
    case K.EqualOp:
    case K.NotEqual:
    case K.LessThan:
    case K.LessThanEq:
    case K.GreaterThan:
    case K.GreaterThanEq:
    case K.Plus:
    case K.Minus:
    case K.Star:
    case K.Slash:
    case K.Percent:
    case K.Question:
    case K.Dot:
    case K.OBrack:
      return true;
    default:
      return false;
  }
}

/**
 * The value of a quoted string of plain text whose literal lies where
 * TemplateExpr's compact form puts it (between the quotes, or at the end
 * for `""`), for that form; undefined for any other template.
 */
function plainQuoted(close: K, start: number, end: number, exprs: readonly Expression[]): string | undefined {
  if (close !== K.CQuote || exprs.length !== 1) return undefined;
  const lit = exprs[0]!;
  if (lit.kind !== "LiteralValue" || typeof lit.value !== "string") return undefined;
  const inner = end - start > 2;
  return lit.start === (inner ? start + 1 : end) && lit.end === (inner ? end - 1 : end) ? lit.value : undefined;
}

function sameName(attrs: readonly Attribute[], name: string): Attribute | undefined {
  for (const a of attrs) if (a.name === name) return a;
  return undefined;
}

function isIdentOrKeyword(k: K): boolean {
  return k === K.Ident || (k >= K.KwFor && k <= K.KwEndfor);
}

/** The constant key of `a[KEY]`: a literal, or a quoted string without sequences (EXP-12). */
function staticKey(e: Expression): LiteralValue | undefined {
  if (e.kind === "LiteralValue") return e.value;
  if (e.kind === "Template" && e.parts.length === 1 && e.parts[0]!.kind === "LiteralValue") {
    return e.parts[0]!.value;
  }
  return undefined;
}

/** Extends a traversal in place, or starts a relative one (hclsyntax makeRelativeTraversal). */
function makeRelativeTraversal(expr: Expression, step: TraverseAttr | TraverseIndex): Expression {
  if (expr.kind === "ScopeTraversal" || expr.kind === "RelativeTraversal") {
    (expr.traversal as (TraverseAttr | TraverseIndex)[]).push(step);
    expr.end = step.end;
    return expr;
  }
  return new RelativeTraversalExpr(expr.src, expr.start, step.end, expr, [step]);
}
