/**
 * Every diagnostic text the native-syntax scanner and parser produce, in
 * hclsyntax's exact words (parser.go, parser_template.go, token.go), so
 * users and tools that match on them see what Go's HCL prints. Each entry
 * is [summary, detail]; functions take the variable parts.
 */
import { goQuote } from "../src/hcl/quote.js";

export type Message = readonly [summary: string, detail: string];

export const M = {
  // ---- scanner (token.go checkInvalidTokens, LEX-10)
  bitwise: (suggestion: string): Message => [
    "Unsupported operator",
    `Bitwise operators are not supported.${suggestion}`,
  ],
  backtick: [
    "Invalid character",
    'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".',
  ] as Message,
  apostrophe: [
    "Invalid character",
    'Single quotes are not valid. Use double quotes (") to enclose strings.',
  ] as Message,
  semicolon: [
    "Invalid character",
    'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
  ] as Message,
  badUTF8: [
    "Invalid character encoding",
    "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.",
  ] as Message,
  quotedNewline: [
    "Invalid multi-line string",
    'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
  ] as Message,
  curlyQuote: [
    "Invalid character",
    '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
  ] as Message,
  invalidChar: ["Invalid character", "This character is not used within the language."] as Message,

  // ---- structure (SYN-*)
  attributeRedefined: (name: string, prev: string): Message => [
    "Attribute redefined",
    `The argument ${goQuote(name)} was already set at ${prev}. Each argument may be set only once.`,
  ],
  quotedArgumentName: ["Invalid argument name", "Argument names must not be quoted."] as Message,
  unclosedBlock: [
    "Unclosed configuration block",
    "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
  ] as Message,
  unclosedBody: [
    "Unclosed configuration body",
    "Found end of file before the end of this configuration body.",
  ] as Message,
  itemRequired: [
    "Argument or block definition required",
    "An argument or block definition is required here.",
  ] as Message,
  itemRequiredEquals: [
    "Argument or block definition required",
    'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
  ] as Message,
  singleLineNestedBlock: (name: string): Message => [
    "Argument definition required",
    `A single-line block definition can contain only a single argument. If you meant to define argument ${goQuote(name)}, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
  ],
  missingNewlineAfterArgument: [
    "Missing newline after argument",
    "An argument definition must end with a newline.",
  ] as Message,
  commaAfterArgument: [
    "Unexpected comma after argument",
    "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
  ] as Message,
  blockEquals: [
    "Invalid block definition",
    'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
  ] as Message,
  blockNewline: [
    "Invalid block definition",
    'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
  ] as Message,
  blockOther: [
    "Invalid block definition",
    'Either a quoted string block label or an opening brace ("{") is expected here.',
  ] as Message,
  singleLineComma: [
    "Invalid single-argument block definition",
    "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
  ] as Message,
  singleLineNewline: [
    "Invalid single-argument block definition",
    "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
  ] as Message,
  singleLineOther: [
    "Invalid single-argument block definition",
    "A single-line block definition must end with a closing brace immediately after its single argument definition.",
  ] as Message,
  missingNewlineAfterBlock: [
    "Missing newline after block definition",
    "A block definition must end with a newline.",
  ] as Message,

  // ---- strings (TPL-02)
  quotedStringRequired: ["Invalid string literal", "A quoted string is required here."] as Message,
  templateInLiteral: (which: string): Message => [
    "Invalid string literal",
    `Template sequences are not allowed in this string. To include a literal ${goQuote(which)}, double it (as "${which}${which}") to escape it.`,
  ],
  unterminatedStringLiteral: [
    "Unterminated string literal",
    "Unable to find the closing quote mark before the end of the file.",
  ] as Message,
  invalidInStringLiteral: ["Invalid string literal", "This item is not valid in a string literal."] as Message,

  // ---- expressions (EXP-*)
  missingFalseExpr: [
    "Missing false expression in conditional",
    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
  ] as Message,
  invalidLegacyIndex: (a: string, b: string): Message => [
    "Invalid legacy index syntax",
    `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [${a}][${b}].`,
  ],
  invalidLegacySplatIndex: (a: string, b: string): Message => [
    "Invalid legacy index syntax",
    `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax with a full splat expression [*] instead, like [${a}][${b}].`,
  ],
  nestedSplat: [
    "Nested splat expression not allowed",
    "A splat expression (*) cannot be used inside another attribute-only splat expression.",
  ] as Message,
  attributeNameRequired: ["Invalid attribute name", "An attribute name is required after a dot."] as Message,
  splatMissingBracket: [
    "Missing close bracket on splat index",
    'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
  ] as Message,
  indexMissingBracket: [
    "Missing close bracket on index",
    'The index operator must end with a closing bracket ("]").',
  ] as Message,
  unbalancedParens: [
    "Unbalanced parentheses",
    "Expected a closing parenthesis to terminate the expression.",
  ] as Message,
  missingExpression: [
    "Missing expression",
    "Expected the start of an expression, but found the end of the file.",
  ] as Message,
  invalidExpression: [
    "Invalid expression",
    "Expected the start of an expression, but found an invalid expression token.",
  ] as Message,
  invalidNumber: ["Invalid number literal", "Failed to recognize the value of this number literal."] as Message,
  callMissingParen: [
    "Missing closing parenthesis",
    "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
  ] as Message,
  unterminatedCall: [
    "Unterminated function call",
    "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parethesis nesting elsewhere in this file.",
  ] as Message,
  missingArgSeparator: [
    "Missing argument separator",
    "A comma is required to separate each function argument from the next.",
  ] as Message,
  unterminatedTuple: [
    "Unterminated tuple constructor expression",
    "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
  ] as Message,
  missingItemSeparator: [
    "Missing item separator",
    "Expected a comma to mark the beginning of the next item.",
  ] as Message,
  missingAttrValue: [
    "Missing attribute value",
    'Expected an attribute value, introduced by an equals sign ("=").',
  ] as Message,
  missingKeyValueSepIdent: [
    "Missing key/value separator",
    'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
  ] as Message,
  missingKeyValueSep: [
    "Missing key/value separator",
    'Expected an equals sign ("=") to mark the beginning of the attribute value.',
  ] as Message,
  unterminatedObject: [
    "Unterminated object constructor expression",
    "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
  ] as Message,
  missingAttrSeparator: [
    "Missing attribute separator",
    "Expected a newline or comma to mark the beginning of the next attribute.",
  ] as Message,
  extraAfterExpression: [
    "Extra characters after expression",
    "An expression was successfully parsed, but extra characters were found after it.",
  ] as Message,
  tooDeep: [
    "Expression too deeply nested",
    "This expression nests brackets, parentheses or templates more deeply than this parser supports. Split it into smaller expressions, for example with local values.",
  ] as Message,

  // ---- for expressions (FOR-06)
  forVarName: ["Invalid 'for' expression", "For expression requires variable name after 'for'."] as Message,
  forValueVarName: ["Invalid 'for' expression", "For expression requires value variable name after comma."] as Message,
  forIn: [
    "Invalid 'for' expression",
    "For expression requires the 'in' keyword after its name declarations.",
  ] as Message,
  forColon: ["Invalid 'for' expression", "For expression requires a colon after the collection expression."] as Message,
  forExtra: ["Invalid 'for' expression", "Extra characters after the end of the 'for' expression."] as Message,
  forTupleKey: ["Invalid 'for' expression", "Key expression is not valid when building a tuple."] as Message,
  forTupleGroup: [
    "Invalid 'for' expression",
    "Grouping ellipsis (...) cannot be used when building a tuple.",
  ] as Message,
  forObjectKey: ["Invalid 'for' expression", "Key expression is required when building an object."] as Message,

  // ---- templates (TPL-10)
  unclosedInterp: [
    "Unclosed template interpolation sequence",
    "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
  ] as Message,
  interpColon: [
    "Extra characters after interpolation expression",
    'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
  ] as Message,
  unclosedInterpQuoted: [
    "Unclosed template interpolation sequence",
    "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
  ] as Message,
  interpExtra: [
    "Extra characters after interpolation expression",
    'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
  ] as Message,
  invalidDirective: [
    "Invalid template directive",
    'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
  ] as Message,
  forDirectiveVar: ["Invalid 'for' directive", "For directive requires variable name after 'for'."] as Message,
  forDirectiveValueVar: [
    "Invalid 'for' directive",
    "For directive requires value variable name after comma.",
  ] as Message,
  forDirectiveIn: ["Invalid 'for' directive", "For directive requires 'in' keyword after names."] as Message,
  invalidControlKeyword: (given: string, suggestion: string): Message => [
    "Invalid template control keyword",
    `${goQuote(given)} is not a valid template control keyword.${suggestion}`,
  ],
  extraInMarker: (kw: string): Message => [
    `Extra characters in ${kw} marker`,
    "Expected a closing brace to end the sequence, but found extra characters.",
  ],
  unterminatedTemplate: ["Unterminated template string", "No closing marker was found for the string."] as Message,
  unexpectedEndOfTemplate: [
    "Unexpected end of template",
    "The control directives within this template are unbalanced.",
  ] as Message,
  unexpectedDirective: (name: string): Message => [
    `Unexpected ${name} directive`,
    "The control directives within this template are unbalanced.",
  ],
  ifMissingEndif: (at: string): Message => [
    "Unexpected end of template",
    `The if directive at ${at} is missing its corresponding endif directive.`,
  ],
  forMissingEndfor: (at: string): Message => [
    "Unexpected end of template",
    `The for directive at ${at} is missing its corresponding endfor directive.`,
  ],
  elseAgain: (at: string): Message => [
    "Unexpected else directive",
    `Already in the else clause for the if started at ${at}.`,
  ],
  expectingEndif: (name: string, at: string): Message => [
    `Unexpected ${name} directive`,
    `Expecting an endif directive for the if started at ${at}.`,
  ],
  elseInFor: ["Unexpected else directive", "An else clause is not expected for a for directive."] as Message,
  expectingEndfor: (name: string, at: string): Message => [
    `Unexpected ${name} directive`,
    `Expecting an endfor directive corresponding to the for directive at ${at}.`,
  ],
} as const;
