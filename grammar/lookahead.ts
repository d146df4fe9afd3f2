/**
 * Chevrotain's LL(1) lookahead, with a cheaper choice for alternations that
 * have gates.
 *
 * Without gates Chevrotain picks an alternative through a table indexed by
 * the next token's type. With a gate on any alternative it falls back to a
 * general function that, on every call, builds an array of the gates and
 * then tries every alternative's token paths one by one. Our hot rules (the
 * body, tuple, object and call loops, templates) all have gated
 * alternatives, so that array alone was about a tenth of everything a parse
 * allocates. Here such an alternation gets a table too: for each token
 * type, the alternatives (in grammar order) whose lookahead starts with it.
 * At parse time only those are considered, and the first whose gate allows
 * it is taken: the same alternative Chevrotain's function picks, since
 * gates read parser state and have no side effects.
 *
 * Every decision's function, ours or Chevrotain's, is built on its first
 * call rather than when the parser is made (see buildLookaheadForAlternation).
 */
import type { ILookaheadStrategy, IOrAlt, IToken, Rule } from "chevrotain";
import { chevrotain } from "./chevrotain.js";

interface AlternationOptions {
  prodOccurrence: number;
  rule: Rule;
  maxLookahead: number;
  hasPredicates: boolean;
  dynamicTokensEnabled: boolean;
}

/** What the lookahead function reads from the parser it is called on. */
interface TokenView {
  LA_FAST(howMuch: number): IToken;
}

type AlternationLookahead = (orAlts?: IOrAlt<unknown>[]) => number | undefined;

type OptionalOptions = Parameters<ILookaheadStrategy["buildLookaheadForOptional"]>[0];
type OptionalLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForOptional"]>;

export class GatedTableLookahead extends chevrotain.LLkLookaheadStrategy implements ILookaheadStrategy {
  /**
   * Chevrotain builds every decision's function when the parser is made,
   * about a third of that time; the fast paths leave most decisions unused
   * in a typical file. Each is built on its first call instead.
   */
  override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    return lazyAlternation(() => this.alternationNow(options));
  }

  override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    return lazyOptional(() => super.buildLookaheadForOptional(options));
  }

  private alternationNow(options: AlternationOptions): AlternationLookahead {
    if (!options.hasPredicates || options.dynamicTokensEnabled || options.maxLookahead !== 1) {
      return super.buildLookaheadForAlternation(options);
    }
    const paths = chevrotain.getLookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: "Alternation",
      maxLookahead: 1,
    });
    if (paths.some((alt) => alt.some((path) => path.length > 1))) return super.buildLookaheadForAlternation(options);
    // An alternative that can start with nothing (an empty path) matches whatever comes next.
    const always: number[] = [];
    const byToken: number[][] = [];
    paths.forEach((alt, t) => {
      for (const path of alt) {
        const type = path[0];
        if (type === undefined) {
          if (!always.includes(t)) always.push(t);
          continue;
        }
        // A category token also matches every token type in the category.
        for (const idx of [type.tokenTypeIdx!, ...(type.categoryMatches ?? [])]) {
          const alts = (byToken[idx] ??= []);
          if (!alts.includes(t)) alts.push(t);
        }
      }
    });
    if (always.length > 0) {
      for (let i = 0; i < byToken.length; i++) {
        const alts = byToken[i];
        if (alts !== undefined) byToken[i] = [...new Set([...alts, ...always])].sort((a, b) => a - b);
      }
    }
    const otherwise = always.length > 0 ? always : undefined;
    return function (this: TokenView, orAlts?: IOrAlt<unknown>[]): number | undefined {
      const candidates = byToken[this.LA_FAST(1).tokenTypeIdx] ?? otherwise;
      if (candidates === undefined) return undefined;
      for (const t of candidates) {
        const gate = (orAlts![t] as { GATE?: () => boolean }).GATE;
        if (gate === undefined || gate.call(this) !== false) return t;
      }
      return undefined;
    };
  }
}

function lazyAlternation(build: () => AlternationLookahead): AlternationLookahead {
  let built: AlternationLookahead | undefined;
  return function (this: TokenView, orAlts?: IOrAlt<unknown>[]): number | undefined {
    built ??= build();
    return built.call(this, orAlts);
  };
}

function lazyOptional(build: () => OptionalLookahead): OptionalLookahead {
  let built: OptionalLookahead | undefined;
  return function (this: ThisParameterType<OptionalLookahead>): boolean {
    built ??= build();
    return built.call(this);
  };
}
