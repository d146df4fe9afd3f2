// Command hcleval is the referee for Plinth's expression evaluator: it
// evaluates HCL expressions with Go's HCL (hclsyntax) and go-cty, the
// libraries Packer uses, and prints what came out in a form the TypeScript
// tests compare with their own results.
//
// Build it with test/tools/build-go-tools.sh (GOPATH mode against Debian's
// packaged HCL sources, like ../shared/tools/oracle-setup.sh does).
//
// Protocol: one JSON request per stdin line, one JSON answer per stdout line.
//
//	request: {"expr": "a + 1", "template": false, "vars": "a = 1", "ctx": "full"}
//	answer:  {"value": <dump>|null, "diags": [<diag>...]}
//
// "vars" is an HCL body whose attributes become the variables; they are
// evaluated with the extra functions unknown("<type>") and sensitive(v) so
// that tests can pass unknown and marked values. "ctx" is "full" (variables
// and functions), "novars", "nofuncs" or "nil" (no context at all).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

type request struct {
	Expr     string `json:"expr"`
	Template bool   `json:"template"`
	Vars     string `json:"vars"`
	Ctx      string `json:"ctx"`
}

type pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

type rng struct {
	Start pos `json:"start"`
	End   pos `json:"end"`
}

type diag struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Subject  *rng   `json:"subject,omitempty"`
	Context  *rng   `json:"context,omitempty"`
	Text     string `json:"text"`
}

type answer struct {
	Value    interface{} `json:"value"`
	JSON     *string     `json:"json,omitempty"`
	Diags    []diag      `json:"diags"`
	VarDiags []diag      `json:"varDiags,omitempty"`
}

// functions are the cty stdlib functions Packer 1.14's table uses, under
// Packer's names, plus try/can/convert from HCL's extensions. Functions
// Packer implements itself (index, length, coalesce, sum, …) are left out:
// cty's functions of those names behave differently.
func functions() map[string]function.Function {
	return map[string]function.Function{
		"abs":                    stdlib.AbsoluteFunc,
		"ceil":                   stdlib.CeilFunc,
		"chomp":                  stdlib.ChompFunc,
		"chunklist":              stdlib.ChunklistFunc,
		"coalescelist":           stdlib.CoalesceListFunc,
		"compact":                stdlib.CompactFunc,
		"concat":                 stdlib.ConcatFunc,
		"contains":               stdlib.ContainsFunc,
		"csvdecode":              stdlib.CSVDecodeFunc,
		"distinct":               stdlib.DistinctFunc,
		"element":                stdlib.ElementFunc,
		"flatten":                stdlib.FlattenFunc,
		"floor":                  stdlib.FloorFunc,
		"format":                 stdlib.FormatFunc,
		"formatdate":             stdlib.FormatDateFunc,
		"formatlist":             stdlib.FormatListFunc,
		"indent":                 stdlib.IndentFunc,
		"join":                   stdlib.JoinFunc,
		"jsondecode":             stdlib.JSONDecodeFunc,
		"jsonencode":             stdlib.JSONEncodeFunc,
		"keys":                   stdlib.KeysFunc,
		"log":                    stdlib.LogFunc,
		"lookup":                 stdlib.LookupFunc,
		"lower":                  stdlib.LowerFunc,
		"max":                    stdlib.MaxFunc,
		"merge":                  stdlib.MergeFunc,
		"min":                    stdlib.MinFunc,
		"parseint":               stdlib.ParseIntFunc,
		"pow":                    stdlib.PowFunc,
		"range":                  stdlib.RangeFunc,
		"regex":                  stdlib.RegexFunc,
		"regexall":               stdlib.RegexAllFunc,
		"regex_replace":          stdlib.RegexReplaceFunc,
		"replace":                stdlib.ReplaceFunc,
		"reverse":                stdlib.ReverseListFunc,
		"strrev":                 stdlib.ReverseFunc,
		"setintersection":        stdlib.SetIntersectionFunc,
		"setproduct":             stdlib.SetProductFunc,
		"setunion":               stdlib.SetUnionFunc,
		"signum":                 stdlib.SignumFunc,
		"slice":                  stdlib.SliceFunc,
		"sort":                   stdlib.SortFunc,
		"split":                  stdlib.SplitFunc,
		"substr":                 stdlib.SubstrFunc,
		"timeadd":                stdlib.TimeAddFunc,
		"title":                  stdlib.TitleFunc,
		"trim":                   stdlib.TrimFunc,
		"trimprefix":             stdlib.TrimPrefixFunc,
		"trimspace":              stdlib.TrimSpaceFunc,
		"trimsuffix":             stdlib.TrimSuffixFunc,
		"upper":                  stdlib.UpperFunc,
		"values":                 stdlib.ValuesFunc,
		"zipmap":                 stdlib.ZipmapFunc,
		"try":                    tryfunc.TryFunc,
		"can":                    tryfunc.CanFunc,
		"convert":                typeexpr.ConvertFunc,
		"with_defaults":          withDefaultsFunc,
	}
}

// unknownFunc gives an unknown value of the type its argument names.
var unknownFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "type", Type: cty.String}},
	Type: func(args []cty.Value) (cty.Type, error) {
		return parseType(args[0].AsString())
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		return cty.UnknownVal(retType), nil
	},
})

// nullFunc gives a null value of the type its argument names.
var nullFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "type", Type: cty.String}},
	Type: func(args []cty.Value) (cty.Type, error) {
		return parseType(args[0].AsString())
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		return cty.NullVal(retType), nil
	},
})

// sensitiveFunc marks its argument.
var sensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{{
		Name: "value", Type: cty.DynamicPseudoType,
		AllowMarked: true, AllowUnknown: true, AllowNull: true, AllowDynamicType: true,
	}},
	Type: function.StaticReturnType(cty.DynamicPseudoType),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		return args[0].Mark("sensitive"), nil
	},
})

// typedFunc converts its second argument to the type its first names, for
// building sets, maps and lists precisely.
var typedFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "type", Type: cty.String},
		{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		return parseType(args[0].AsString())
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		return convert.Convert(args[1], retType)
	},
})

// withDefaultsFunc applies a type constraint with optional-attribute
// defaults as Packer does for variables: Defaults.Apply, then convert.
var withDefaultsFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true},
		{Name: "type", Type: cty.String},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty, _, err := parseTypeWithDefaults(args[1].AsString())
		return ty, err
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		ty, defaults, err := parseTypeWithDefaults(args[1].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		v := args[0]
		if defaults != nil {
			v = defaults.Apply(v)
		}
		return convert.Convert(v, ty)
	},
})

func parseTypeWithDefaults(src string) (cty.Type, *typeexpr.Defaults, error) {
	expr, diags := hclsyntax.ParseExpression([]byte(src), "type", hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilType, nil, diags
	}
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(expr)
	if diags.HasErrors() {
		return cty.NilType, nil, diags
	}
	return ty, defaults, nil
}

func parseType(src string) (cty.Type, error) {
	expr, diags := hclsyntax.ParseExpression([]byte(src), "type", hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilType, diags
	}
	ty, diags := typeexpr.TypeConstraint(expr)
	if diags.HasErrors() {
		return cty.NilType, diags
	}
	return ty, nil
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			fmt.Fprintf(os.Stderr, "hcleval: bad request: %s\n", err)
			os.Exit(1)
		}
		if err := enc.Encode(evaluate(req)); err != nil {
			fmt.Fprintf(os.Stderr, "hcleval: %s\n", err)
			os.Exit(1)
		}
		out.Flush()
	}
}

func evaluate(req request) (ans answer) {
	defer func() {
		if r := recover(); r != nil {
			ans = answer{Value: map[string]interface{}{"panic": fmt.Sprint(r)}, Diags: []diag{}}
		}
	}()
	funcs := theFunctions
	vs := evalVars(req.Vars)
	vars, varDiags := vs.vars, vs.diags
	files := map[string]*hcl.File{}
	if vs.file != nil {
		files["vars.hcl"] = vs.file
	}

	var ctx *hcl.EvalContext
	switch req.Ctx {
	case "", "full":
		ctx = &hcl.EvalContext{Variables: vars, Functions: funcs}
	case "novars":
		ctx = &hcl.EvalContext{Functions: funcs}
	case "nofuncs":
		ctx = &hcl.EvalContext{Variables: vars}
	case "nil":
		ctx = nil
	}

	src := []byte(req.Expr)
	var expr hclsyntax.Expression
	var diags hcl.Diagnostics
	if req.Template {
		expr, diags = hclsyntax.ParseTemplate(src, "expr.hcl", hcl.InitialPos)
	} else {
		expr, diags = hclsyntax.ParseExpression(src, "expr.hcl", hcl.InitialPos)
	}
	files["expr.hcl"] = &hcl.File{Bytes: src}
	ans.Diags = []diag{}
	if varDiags.HasErrors() {
		ans.VarDiags = convertDiags(varDiags, files)
	}
	if diags.HasErrors() {
		ans.Diags = convertDiags(diags, files)
		return ans
	}
	val, diags := expr.Value(ctx)
	ans.Diags = convertDiags(diags, files)
	if val == cty.NilVal {
		ans.Value = nil
	} else {
		ans.Value = dump(val)
		if val.IsWhollyKnown() && !val.ContainsMarked() {
			if j, err := ctyjson.Marshal(val, val.Type()); err == nil {
				s := string(j)
				ans.JSON = &s
			}
		}
	}
	return ans
}

var theFunctions = functions()

type varsResult struct {
	vars  map[string]cty.Value
	diags hcl.Diagnostics
	file  *hcl.File
}

// Values are immutable, so requests sharing a vars body share one evaluation of it.
var varsCache = map[string]varsResult{}

func evalVars(src string) varsResult {
	if r, ok := varsCache[src]; ok {
		return r
	}
	r := varsResult{vars: map[string]cty.Value{}}
	if src != "" {
		varFuncs := functions()
		varFuncs["unknown"] = unknownFunc
		varFuncs["null_of"] = nullFunc
		varFuncs["sensitive"] = sensitiveFunc
		varFuncs["typed"] = typedFunc
		f, diags := hclsyntax.ParseConfig([]byte(src), "vars.hcl", hcl.InitialPos)
		r.diags = append(r.diags, diags...)
		if !diags.HasErrors() {
			r.file = f
			attrs, diags := f.Body.JustAttributes()
			r.diags = append(r.diags, diags...)
			vctx := &hcl.EvalContext{Functions: varFuncs}
			for name, attr := range attrs {
				v, diags := attr.Expr.Value(vctx)
				r.diags = append(r.diags, diags...)
				r.vars[name] = v
			}
		}
	}
	varsCache[src] = r
	return r
}

func convertDiags(diags hcl.Diagnostics, files map[string]*hcl.File) []diag {
	out := make([]diag, 0, len(diags))
	for _, d := range diags {
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
		}
		out = append(out, diag{
			Severity: sev,
			Summary:  d.Summary,
			Detail:   d.Detail,
			Subject:  toRange(d.Subject),
			Context:  toRange(d.Context),
			Text:     renderText(d, files),
		})
	}
	return out
}

// renderText is Go's text rendering of one diagnostic. HCL 2.14's writer
// panics when a referenced variable holds a marked value; the answer then
// says so instead of failing the whole request.
func renderText(d *hcl.Diagnostic, files map[string]*hcl.File) (text string) {
	defer func() {
		if r := recover(); r != nil {
			text = fmt.Sprintf("<renderer panic: %v>", r)
		}
	}()
	var buf bytes.Buffer
	w := hcl.NewDiagnosticTextWriter(&buf, files, 0, false)
	w.WriteDiagnostic(d)
	return buf.String()
}

func toRange(r *hcl.Range) *rng {
	if r == nil {
		return nil
	}
	return &rng{
		Start: pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:   pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

// dump describes a value completely, unknowns and marks included:
// {"t": type JSON, and one of "u": true, "null": true, "v": primitive
// (numbers as their exact decimal text), "e": [elements], "a": {attributes};
// "m": [marks] when marked}.
func dump(v cty.Value) map[string]interface{} {
	out := map[string]interface{}{}
	if v.IsMarked() {
		var marks []string
		v2, ms := v.Unmark()
		for m := range ms {
			marks = append(marks, fmt.Sprint(m))
		}
		sort.Strings(marks)
		out["m"] = marks
		v = v2
	}
	ty := v.Type()
	tj, err := ctyjson.MarshalType(ty)
	if err != nil {
		panic(err)
	}
	out["t"] = json.RawMessage(tj)
	switch {
	case !v.IsKnown():
		out["u"] = true
	case v.IsNull():
		out["null"] = true
	case ty == cty.String:
		out["v"] = v.AsString()
	case ty == cty.Bool:
		out["v"] = v.True()
	case ty == cty.Number:
		out["v"] = v.AsBigFloat().Text('f', -1)
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		elems := []interface{}{}
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			elems = append(elems, dump(e))
		}
		out["e"] = elems
	case ty.IsMapType() || ty.IsObjectType():
		attrs := map[string]interface{}{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			attrs[k.AsString()] = dump(e)
		}
		out["a"] = attrs
	case ty == cty.DynamicPseudoType:
		out["u"] = true
	default:
		out["v"] = fmt.Sprintf("%#v", v)
	}
	return out
}
