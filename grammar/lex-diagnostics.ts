/**
 * Diagnostics for tokens that never belong in HCL (hclsyntax
 * `checkInvalidTokens`, LEX-10). They come before the parser's own
 * diagnostics and are rationed as in Go, so a quoted pair of backticks gives
 * one error, not two.
 */
import { errorDiag, type Diagnostic } from "../src/hcl/diagnostic.js";
import { M, type Message } from "./messages.js";
import { K } from "./token-kinds.js";
import type { TokenStream } from "./token-stream.js";

export function lexDiagnostics(ts: TokenStream): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const { kinds, starts, ends } = ts;
  const src = ts.source;
  let toldBitwise = 0;
  let toldBacktick = 0;
  let toldApostrophe = 0;
  let toldSemicolon = 0;
  let toldBadUTF8 = 0;
  const add = (m: Message, i: number): void => {
    diags.push(errorDiag(m[0], m[1], src.range(starts[i]!, ends[i]!)));
  };
  for (let i = 0; i < ts.count; i++) {
    switch (kinds[i] as K) {
      case K.BitwiseAnd:
      case K.BitwiseOr:
      case K.BitwiseXor:
      case K.BitwiseNot:
        if (toldBitwise < 4) {
          const k = kinds[i] as K;
          const suggestion =
            k === K.BitwiseAnd
              ? ' Did you mean boolean AND ("&&")?'
              : k === K.BitwiseOr
                ? ' Did you mean boolean OR ("||")?'
                : k === K.BitwiseNot
                  ? ' Did you mean boolean NOT ("!")?'
                  : "";
          add(M.bitwise(suggestion), i);
          toldBitwise++;
        }
        break;
      case K.Backtick:
        if (toldBacktick % 2 === 0) add(M.backtick, i);
        if (toldBacktick <= 2) toldBacktick++;
        break;
      case K.Apostrophe:
        if (toldApostrophe % 2 === 0) add(M.apostrophe, i);
        if (toldApostrophe <= 2) toldApostrophe++;
        break;
      case K.Semicolon:
        if (toldSemicolon < 1) {
          add(M.semicolon, i);
          toldSemicolon++;
        }
        break;
      case K.BadUTF8:
        if (toldBadUTF8 < 1) {
          add(M.badUTF8, i);
          toldBadUTF8++;
        }
        break;
      case K.QuotedNewline:
        add(M.quotedNewline, i);
        break;
      case K.Invalid: {
        const c = src.text.charCodeAt(starts[i]!);
        add(c === 0x201c || c === 0x201d ? M.curlyQuote : M.invalidChar, i);
        break;
      }
      default:
        break;
    }
  }
  return diags;
}
