// Command jsonexpr is the referee for Plinth's JSON expressions
// (src/json/expression.ts): it parses JSON values with Go's HCL JSON
// syntax (hcl/v2/json.ParseExpression) and reports what the expression API
// gives for them: the static views hcl.ExprList, hcl.ExprMap, hcl.ExprCall,
// hcl.AbsTraversalForExpr and hcl.ExprAsKeyword (JSON-09), Variables
// (JSON-10), and Value with no context and with a small one (JSON-06/07),
// with every range. test/tools/record-json-static.mjs runs it over the
// cases of json-static-cases.mjs and stores the answers as fixtures.
//
// Build it with test/tools/build-go-tools.sh (GOPATH mode against Debian's
// packaged HCL sources, like ../shared/tools/oracle-setup.sh does).
//
// Protocol: a JSON array of source texts on stdin; a JSON array of answers
// on stdout, one per source.
package main

import (
	"encoding/json"
	"io"
	"os"

	"github.com/hashicorp/hcl/v2"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

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
}

type step struct {
	Kind  string          `json:"kind"`
	Name  string          `json:"name,omitempty"`
	Key   json.RawMessage `json:"key,omitempty"`
	Range rng             `json:"range"`
}

type call struct {
	Name      string `json:"name"`
	NameRange rng    `json:"nameRange"`
	ArgsRange rng    `json:"argsRange"`
	Args      []rng  `json:"args"`
}

type kv struct {
	Key   rng `json:"key"`
	Value rng `json:"value"`
}

type value struct {
	// The value as cty JSON text with its type, or null when it is not wholly known.
	Value *string `json:"value"`
	Diags []diag  `json:"diags"`
}

type answer struct {
	ParseDiags []diag    `json:"parseDiags"`
	Range      rng       `json:"range"`
	StartRange rng       `json:"startRange"`
	List       *[]rng    `json:"list"`
	Map        *[]kv     `json:"map"`
	Call       *call     `json:"call"`
	Traversal  *[][]step `json:"traversal"`
	Keyword    string    `json:"keyword"`
	Variables  [][]step  `json:"variables"`
	ValueNil   value     `json:"valueNil"`
	ValueCtx   value     `json:"valueCtx"`
}

func r(x hcl.Range) rng {
	return rng{pos{x.Start.Line, x.Start.Column, x.Start.Byte}, pos{x.End.Line, x.End.Column, x.End.Byte}}
}

func diags(ds hcl.Diagnostics) []diag {
	out := []diag{}
	for _, d := range ds {
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
		}
		x := diag{Severity: sev, Summary: d.Summary, Detail: d.Detail}
		if d.Subject != nil {
			s := r(*d.Subject)
			x.Subject = &s
		}
		out = append(out, x)
	}
	return out
}

func steps(t hcl.Traversal) []step {
	out := []step{}
	for _, s := range t {
		var x step
		x.Range = r(s.SourceRange())
		switch ts := s.(type) {
		case hcl.TraverseRoot:
			x.Kind = "root"
			x.Name = ts.Name
		case hcl.TraverseAttr:
			x.Kind = "attr"
			x.Name = ts.Name
		case hcl.TraverseIndex:
			x.Kind = "index"
			if src, err := ctyjson.Marshal(ts.Key, ts.Key.Type()); err == nil {
				x.Key = src
			}
		}
		out = append(out, x)
	}
	return out
}

func evaluate(expr hcl.Expression, ctx *hcl.EvalContext) (v value) {
	defer func() {
		if p := recover(); p != nil {
			s := "panic"
			v = value{Value: &s, Diags: []diag{}}
		}
	}()
	val, ds := expr.Value(ctx)
	v.Diags = diags(ds)
	if val.IsWhollyKnown() {
		if src, err := ctyjson.Marshal(val, cty.DynamicPseudoType); err == nil {
			s := string(src)
			v.Value = &s
		}
	}
	return v
}

func main() {
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	var inputs []string
	if err := json.Unmarshal(src, &inputs); err != nil {
		panic(err)
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
		"n":       cty.NumberIntVal(2),
		"name":    cty.StringVal("w"),
		"list":    cty.TupleVal([]cty.Value{cty.StringVal("p"), cty.StringVal("q")}),
		"obj":     cty.ObjectVal(map[string]cty.Value{"k": cty.StringVal("v")}),
		"nothing": cty.NullVal(cty.DynamicPseudoType),
	}}
	out := []answer{}
	for _, in := range inputs {
		expr, pd := hcljson.ParseExpression([]byte(in), "expr.json")
		a := answer{ParseDiags: diags(pd), Range: r(expr.Range()), StartRange: r(expr.StartRange())}
		if list, ds := hcl.ExprList(expr); !ds.HasErrors() {
			rs := []rng{}
			for _, e := range list {
				rs = append(rs, r(e.Range()))
			}
			a.List = &rs
		}
		if pairs, ds := hcl.ExprMap(expr); !ds.HasErrors() {
			ps := []kv{}
			for _, p := range pairs {
				ps = append(ps, kv{r(p.Key.Range()), r(p.Value.Range())})
			}
			a.Map = &ps
		}
		if c, ds := hcl.ExprCall(expr); !ds.HasErrors() {
			x := call{Name: c.Name, NameRange: r(c.NameRange), ArgsRange: r(c.ArgsRange), Args: []rng{}}
			for _, e := range c.Arguments {
				x.Args = append(x.Args, r(e.Range()))
			}
			a.Call = &x
		}
		if t, ds := hcl.AbsTraversalForExpr(expr); !ds.HasErrors() {
			s := [][]step{steps(t)}
			a.Traversal = &s
		}
		a.Keyword = hcl.ExprAsKeyword(expr)
		a.Variables = [][]step{}
		for _, t := range expr.Variables() {
			a.Variables = append(a.Variables, steps(t))
		}
		a.ValueNil = evaluate(expr, nil)
		a.ValueCtx = evaluate(expr, ctx)
		out = append(out, a)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
