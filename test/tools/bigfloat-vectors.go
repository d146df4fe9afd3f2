// Command bigfloat-vectors records test vectors for src/cty/bigfloat.ts from
// Go's math/big.Float (the reference implementation that go-cty uses for
// every HCL number). It needs only the Go standard library.
//
// Run it from the repository root (no module, no network):
//
//	GO111MODULE=off GOFLAGS= GOPROXY=off go run test/tools/bigfloat-vectors.go > spec-fixtures/numbers/bigfloat-vectors.json
//
// The vectors were recorded with Go 1.19. The pseudo-random parts use a fixed
// seed, so re-running the command reproduces the file byte for byte.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

// operand describes how the TypeScript test rebuilds an input value through
// the public BigFloat API: exactly one of Parse, Float64, Int or Inf is set,
// and SetPrec (if present) is applied afterwards.
type operand struct {
	Parse   *string `json:"parse,omitempty"`
	Prec    *uint   `json:"prec,omitempty"`
	Float64 *string `json:"float64,omitempty"`
	Int     *string `json:"int,omitempty"`
	Inf     *string `json:"inf,omitempty"` // "+" or "-"
	SetPrec *uint   `json:"setPrec,omitempty"`
}

// value is the exact identity of a result: Text('p', 0) (hexadecimal
// mantissa, binary exponent, sign, ±Inf) plus the precision.
type value struct {
	P    string `json:"p"`
	Prec uint   `json:"prec"`
}

type parseVector struct {
	S     string `json:"s"`
	Prec  uint   `json:"prec"`
	OK    bool   `json:"ok"`
	Value *value `json:"value,omitempty"`
	// Text('f', -1), Text('g', 10), Text('g', -1), Text('e', -1)
	F   string `json:"f,omitempty"`
	G10 string `json:"g10,omitempty"`
	G   string `json:"g,omitempty"`
	E   string `json:"e,omitempty"`
	// further Text(format, prec) results: [format, prec, text]
	Texts [][]interface{} `json:"texts,omitempty"`
	Conv  *conversions    `json:"conv,omitempty"`
	// For near-midpoint strings: whether Go's result equals the correctly
	// rounded value (big.Rat → SetRat). Go's Parse is not correctly rounded.
	CorrectlyRounded *bool `json:"correctlyRounded,omitempty"`
}

type conversions struct {
	Int        *string `json:"int"` // null for ±Inf
	IntExact   bool    `json:"intExact"`
	Int64      string  `json:"int64"`
	Int64Acc   int     `json:"int64Acc"`
	Float64    string  `json:"float64"`
	Float64Acc int     `json:"float64Acc"`
	MinPrec    uint    `json:"minPrec"`
	Sign       int     `json:"sign"`
	Signbit    bool    `json:"signbit"`
	IsInt      bool    `json:"isInt"`
	IsInf      bool    `json:"isInf"`
}

type opVector struct {
	Op   string   `json:"op"` // add sub mul quo cmp setPrec neg abs
	X    operand  `json:"x"`
	Y    *operand `json:"y,omitempty"`
	Prec uint     `json:"prec"` // result precision; 0 = Go's default rule
	NaN  bool     `json:"nan,omitempty"`
	R    *value   `json:"r,omitempty"`
	F    string   `json:"f,omitempty"` // Text('f', -1) of the result, when recorded
	Cmp  *int     `json:"cmp,omitempty"`
}

type ctyVector struct {
	Op string  `json:"op"` // add sub mul div mod, as go-cty's Value methods
	X  operand `json:"x"`
	Y  operand `json:"y"`
	R  value   `json:"r"`
	F  string  `json:"f"`
}

type output struct {
	Comment string        `json:"comment"`
	Parse   []parseVector `json:"parse"`
	Ops     []opVector    `json:"ops"`
	Cty     []ctyVector   `json:"cty"`
}

func ptr[T any](v T) *T { return &v }

func describe(x *big.Float) *value { return &value{P: x.Text('p', 0), Prec: x.Prec()} }

func build(o operand) *big.Float {
	var x *big.Float
	switch {
	case o.Parse != nil:
		f, _, err := big.ParseFloat(*o.Parse, 10, *o.Prec, big.ToNearestEven)
		if err != nil {
			panic(fmt.Sprintf("bad operand %q: %v", *o.Parse, err))
		}
		x = f
	case o.Float64 != nil:
		v, err := strconv.ParseFloat(*o.Float64, 64)
		if err != nil {
			panic(err)
		}
		x = new(big.Float).SetFloat64(v)
	case o.Int != nil:
		i, ok := new(big.Int).SetString(*o.Int, 10)
		if !ok {
			panic(*o.Int)
		}
		x = new(big.Float).SetInt(i)
	case o.Inf != nil:
		x = new(big.Float).SetInf(*o.Inf == "-")
	default:
		panic("empty operand")
	}
	if o.SetPrec != nil {
		x.SetPrec(*o.SetPrec)
	}
	return x
}

func parsed(s string, prec uint) operand { return operand{Parse: ptr(s), Prec: ptr(prec)} }
func fromFloat(v float64) operand        { return operand{Float64: ptr(formatFloat64(v))} }
func fromInt(s string) operand           { return operand{Int: ptr(s)} }
func infinity(neg bool) operand {
	s := "+"
	if neg {
		s = "-"
	}
	return operand{Inf: ptr(s)}
}
func withPrec(o operand, prec uint) operand { o.SetPrec = ptr(prec); return o }

func formatFloat64(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// textable reports whether Text with an exact decimal expansion stays small
// enough to record (huge binary exponents expand to huge decimal strings).
func textable(x *big.Float) bool {
	if x.IsInf() || x.Sign() == 0 {
		return true
	}
	e := x.MantExp(nil)
	return e > -2500 && e < 2500
}

var extraTexts = []struct {
	fmt  byte
	prec int
}{
	{'f', 0}, {'f', 1}, {'f', 3}, {'f', 20}, {'e', 0}, {'e', 3}, {'e', 30}, {'E', -1}, {'E', 5},
	{'g', 0}, {'g', 1}, {'g', 3}, {'g', 20}, {'G', -1}, {'G', 6},
}

func parseVec(s string, prec uint, texts bool) parseVector {
	v := parseVector{S: s, Prec: prec}
	f, _, err := big.ParseFloat(s, 10, prec, big.ToNearestEven)
	if err != nil {
		return v
	}
	v.OK = true
	v.Value = describe(f)
	if !textable(f) {
		return v
	}
	v.F = f.Text('f', -1)
	v.G10 = f.String()
	v.G = f.Text('g', -1)
	v.E = f.Text('e', -1)
	if texts {
		for _, t := range extraTexts {
			v.Texts = append(v.Texts, []interface{}{string(t.fmt), t.prec, f.Text(t.fmt, t.prec)})
		}
	}
	v.Conv = convert(f)
	return v
}

func convert(f *big.Float) *conversions {
	c := &conversions{MinPrec: f.MinPrec(), Sign: f.Sign(), Signbit: f.Signbit(), IsInt: f.IsInt(), IsInf: f.IsInf()}
	if i, acc := f.Int(nil); i != nil {
		c.Int = ptr(i.String())
		c.IntExact = acc == big.Exact
	}
	i64, acc := f.Int64()
	c.Int64, c.Int64Acc = strconv.FormatInt(i64, 10), int(acc)
	f64, acc := f.Float64()
	c.Float64, c.Float64Acc = formatFloat64(f64), int(acc)
	return c
}

// Hand-picked strings: syntax edge cases (accepted and rejected), classic
// decimal fractions, long integers and extreme exponents.
var fixedStrings = []string{
	"", ".", "+", "-", "e", "p", "1e", "1e+", "1e-", "1p", "1e5x", "1.2.3", "1..2", "..1", "1.e5", ".e5", "e5",
	"00012", "000", "0", "-0", "+0", "0.0", "-0.0", "0e0", "-0e-5", "0e999999999999", "0e99999999999999999999",
	"0.000", "1E+03", "1e+03", "1E-03", "1e03", "1p3", "1P3", "1p-3", "-1.5p4", "1.5p-1", "3p+0", "0x10", "0X10", "0b1", "0o7",
	"1_000", "1__0", "_1", "1_", " 1", "1 ", "\t1", "+-1", "-+1", "--1", "++1", "+.5", "-.5", ".5", "5.", "-5.", "0.", ".0",
	"Inf", "inf", "+Inf", "-Inf", "+inf", "-inf", "INF", "Infinity", "infinity", "NaN", "nan", "-nan", "Inf0", "1e1e1",
	"1e-0", "1e+0", "1e00000000000000000000003", "1e9223372036854775807", "1e-9223372036854775808",
	"1e9223372036854775808", "1e-9223372036854775809", "1p2147483647", "1p2147483646", "1p-2147483648", "1p-2147483649",
	"0.5p-2147483647", "2p2147483646",
	"1", "2", "3", "7", "9", "10", "42", "100", "255", "256", "1000", "1024", "65535", "65536",
	"9007199254740991", "9007199254740992", "9007199254740993", "18446744073709551615", "18446744073709551616",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"-9223372036854775808.5", "-9223372036854775807.5", "9223372036854775807.5", "1e19", "-1e19", "-0.5", "0.5",
	"123.75", "-123.75", "0.999", "-0.999",
	"0.1", "0.2", "0.3", "0.7", "1.1", "2.2", "3.3", "5.1", "0.01", "0.001", "1.5", "2.5", "0.05", "9.999", "99.5",
	"0.125", "0.375", "1.25", "12.34", "3.14", "2.718281828459045", "1.4142135623730951",
	"3.14159265358979323846264338327950288419716939937510582097494459",
	"4.14159265358979323846264338327950288419716939937510582097494459",
	"2.71828182845904523536028747135266249775724709369995957496696762772407663035354759457138217852516642742746",
	"0.30000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
	"1e-400", "1e400", "-1e400", "1e-401", "6.02e23", "6.02214076e23", "1.5e-7", "1.5E-7", "1e30", "1e-30", "1e22",
	"1e23", "1e100", "1e-100", "1e308", "1e309", "1e-308", "1e-323", "1e-324", "1e-5000", "1e5000", "1e-10000", "123e-20",
	"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
	"2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
	"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999",
	"5e-324", "3e-324", "2e-324", "1e-1000", "0.1e1", "0.01e2", "10e-1", "100e-2", "1e0", "12345678901234567890e-20",
	"340282366920938463463374607431768211456", "115792089237316195423570985008687907853269984665640564039457584007913129639936",
	"13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084096",
	"13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084097",
	"26815615859885194199148049996411692254958731641184786755447122887443528060147093953603748596333806855380063716372972101707507765623893139892867298012168193",
	"123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890",
	"0.000001", "0.0000001", "1000000", "10000000", "1e20", "1e21", "123456789", "1234567890.5", "0.1234567891234",
	"99999999999999999999", "0.99999999999999999999", "999.9999999999", "1e-7", "1e-6", "1e-5", "1e-4", "1e-3",
	// powers of two whose Text('f', -1) does not parse back to them (Go's roundShortest
	// uses a symmetric ±½ulp interval, but the neighbour below a power of two is closer)
	"1p-668", "1p-659", "1p525",
	// decimal exponents whose power of 5 overflows or underflows big.Float's exponent range
	"1e-700000000", "1e700000000", "1e1000000000", "-1e-1000000000", "1e-400000000", "1e400000000",
	"1.5e-646456993", "1e646456992", "1e646456993", "1e-646456992",
}

// precStrings are parsed at every precision in fixedPrecs.
var precStrings = []string{
	"0", "-0", "1", "3", "255", "256", "1000", "9007199254740993", "18446744073709551615", "18446744073709551617",
	"-9223372036854775809", "0.1", "0.2", "0.3", "1.1", "5.1", "-2.5", "0.05", "9.999", "99.5", "6.02e23", "1.5e-7",
	"1e30", "1e-30", "1e100", "1e-100", "1e400", "1e-400", "1e-324", "2.4703282292062328e-324", "1.7976931348623159e308",
	"3.14159265358979323846264338327950288419716939937510582097494459", "1p3", "-1.5p-4", "Inf", "-inf", ".5", "5.",
	"123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890",
}

var fixedPrecs = []uint{512, 0, 1, 2, 24, 53, 64, 100}

func randomDigits(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + r.Intn(10)))
	}
	return b.String()
}

// randomDecimal returns a random well-formed decimal string.
func randomDecimal(r *rand.Rand) string {
	var b strings.Builder
	switch r.Intn(4) {
	case 0:
		b.WriteByte('-')
	case 1:
		if r.Intn(4) == 0 {
			b.WriteByte('+')
		}
	}
	intLen := r.Intn(25)
	fracLen := r.Intn(25)
	if r.Intn(10) == 0 {
		intLen = r.Intn(200)
	}
	if r.Intn(10) == 0 {
		fracLen = r.Intn(200)
	}
	if intLen+fracLen == 0 {
		intLen = 1
	}
	b.WriteString(randomDigits(r, intLen))
	if fracLen > 0 || r.Intn(8) == 0 {
		b.WriteByte('.')
		b.WriteString(randomDigits(r, fracLen))
	}
	switch r.Intn(6) {
	case 0:
		fmt.Fprintf(&b, "e%d", r.Intn(61)-30)
	case 1:
		fmt.Fprintf(&b, "E%+d", r.Intn(900)-450)
	case 2:
		fmt.Fprintf(&b, "p%d", r.Intn(400)-200)
	}
	return b.String()
}

// randomBinary returns "<integer>p<exp>", an exact description of a random
// binary float (parse at a precision >= the integer's bit length keeps it).
func randomBinary(r *rand.Rand, bits int) string {
	m := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
	m.SetBit(m, bits-1, 1)
	sign := ""
	if r.Intn(2) == 0 {
		sign = "-"
	}
	return fmt.Sprintf("%s%sp%d", sign, m.String(), r.Intn(1200)-600)
}

// nearMidpoints returns decimal strings at or within ~10^-200 (relative) of
// the midpoint between two adjacent prec-bit floats of magnitude ~10^scale.
// There, big.Float.Parse's pow5 (computed at prec+64 bits) decides the
// rounding direction, which a correctly rounded parser would not reproduce.
func nearMidpoints(r *rand.Rand, prec uint, scale int) []string {
	m := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), prec))
	m.SetBit(m, int(prec)-1, 1)
	mid := m.Lsh(m, 1)
	mid.SetBit(mid, 0, 1) // 2m+1: halfway between m and m+1
	exp := int(float64(scale)*3.321928) - int(prec)
	f := new(big.Float).SetMantExp(new(big.Float).SetInt(mid), exp)
	t := f.Text('e', 4000) // exact: a dyadic number has a finite decimal expansion
	ePos := strings.LastIndexByte(t, 'e')
	digits := strings.TrimRight(strings.Replace(t[:ePos], ".", "", 1), "0")
	e10, _ := strconv.Atoi(t[ePos+1:])
	sci := func(d string) string { return d[:1] + "." + d[1:] + "e" + strconv.Itoa(e10) }
	out := []string{}
	if len(digits) < 700 {
		out = append(out, sci(digits))
	}
	if len(digits) > 220 {
		below := digits[:210]
		above := new(big.Int)
		above.SetString(below, 10)
		above.Add(above, big.NewInt(1))
		out = append(out, sci(below), sci(above.String()))
	}
	return out
}

func nearMidpointVec(s string, prec uint) parseVector {
	v := parseVec(s, prec, false)
	rat, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	cr := new(big.Float).SetPrec(prec).SetRat(rat)
	v.CorrectlyRounded = ptr(*describe(cr) == *v.Value)
	return v
}

var opPrecs = []uint{512, 53, 64, 512, 0, 24, 100, 1}

func randomOperand(r *rand.Rand) operand {
	switch r.Intn(10) {
	case 0:
		return fromFloat(r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20)))
	case 1:
		return fromInt(strconv.FormatInt(r.Int63n(2000000)-1000000, 10))
	case 2:
		return parsed(randomBinary(r, 1+r.Intn(600)), 512)
	case 3:
		p := []uint{53, 64, 100, 512, 1000}[r.Intn(5)]
		return parsed(randomDecimal(r), p)
	}
	return parsed(randomDecimal(r), 512)
}

func runOp(op string, x, y *big.Float, prec uint) (res *big.Float, nan bool) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(big.ErrNaN); !ok {
				panic(e)
			}
			res, nan = nil, true
		}
	}()
	z := new(big.Float).SetPrec(prec)
	switch op {
	case "add":
		z.Add(x, y)
	case "sub":
		z.Sub(x, y)
	case "mul":
		z.Mul(x, y)
	case "quo":
		z.Quo(x, y)
	default:
		panic(op)
	}
	return z, false
}

func opVec(op string, xo, yo operand, prec uint, withText bool) opVector {
	x, y := build(xo), build(yo)
	v := opVector{Op: op, X: xo, Y: &yo, Prec: prec}
	if op == "cmp" {
		v.Cmp = ptr(x.Cmp(y))
		return v
	}
	z, nan := runOp(op, x, y, prec)
	if nan {
		v.NaN = true
		return v
	}
	v.R = describe(z)
	if withText && textable(z) {
		if f := z.Text('f', -1); len(f) <= 200 {
			v.F = f
		}
	}
	return v
}

func unaryVec(op string, xo operand, prec uint) opVector {
	x := build(xo)
	v := opVector{Op: op, X: xo, Prec: prec}
	var z *big.Float
	switch op {
	case "setPrec":
		z = new(big.Float).Copy(x).SetPrec(prec)
	case "neg":
		z = new(big.Float).Neg(x)
	case "abs":
		z = new(big.Float).Abs(x)
	}
	v.R = describe(z)
	if textable(z) {
		v.F = z.Text('f', -1)
	}
	return v
}

// The go-cty arithmetic (cty/value_ops.go), reduced to its big.Float steps.
func ctyOp(op string, a, b *big.Float) *big.Float {
	switch op {
	case "add":
		return new(big.Float).Add(a, b)
	case "sub":
		return new(big.Float).Add(a, new(big.Float).Neg(b))
	case "mul":
		resPrec := a.Prec()
		if b.Prec() > resPrec {
			resPrec = b.Prec()
		}
		ret := new(big.Float).SetPrec(512)
		ret.Mul(a, b)
		if mp := ret.MinPrec(); mp > resPrec {
			resPrec = mp
		}
		return ret.SetPrec(resPrec)
	case "div":
		return new(big.Float).Quo(a, b)
	case "mod": // finite, non-zero divisor only
		rat := new(big.Float).Quo(a, b)
		ratInt, _ := rat.Int(nil)
		work := new(big.Float).Copy(a).SetInt(ratInt)
		work.Mul(b, work)
		work.Sub(a, work)
		return work
	}
	panic(op)
}

func ctyVec(op string, xo, yo operand) ctyVector {
	z := ctyOp(op, build(xo), build(yo))
	return ctyVector{Op: op, X: xo, Y: yo, R: *describe(z), F: z.Text('f', -1)}
}

func main() {
	r := rand.New(rand.NewSource(20240611))
	out := output{Comment: "Recorded from Go 1.19 math/big.Float by test/tools/bigfloat-vectors.go; do not edit."}

	// Parsing and formatting.
	for _, s := range fixedStrings {
		out.Parse = append(out.Parse, parseVec(s, 512, true))
	}
	for _, s := range precStrings {
		for _, p := range fixedPrecs[1:] {
			out.Parse = append(out.Parse, parseVec(s, p, false))
		}
	}
	for i := 0; i < 220; i++ {
		p := uint(512)
		if i%4 == 3 {
			p = []uint{1, 2, 3, 24, 53, 64, 65, 100, 200, 1000}[r.Intn(10)]
		}
		out.Parse = append(out.Parse, parseVec(randomDecimal(r), p, i%5 == 0))
	}
	for i := 0; i < 100; i++ {
		bits := 1 + r.Intn(520)
		out.Parse = append(out.Parse, parseVec(randomBinary(r, bits), 512, i%5 == 0))
	}
	// Exactly representable midpoints (round-to-even ties) at small precisions.
	for _, s := range []string{"5", "7", "9", "11", "13", "15", "17", "19", "21", "23", "25", "27", "1023", "1025", "1027", "2047", "2049"} {
		for _, p := range []uint{1, 2, 3, 4, 10} {
			out.Parse = append(out.Parse, parseVec(s, p, true))
		}
	}

	// Near-midpoint strings, where Go's Parse is not correctly rounded.
	for i := 0; i < 40; i++ {
		prec := []uint{512, 512, 512, 53, 64, 100}[i%6]
		scale := []int{0, 1, -1, -30, 30, 120, -120, 320, -320, 520, -520}[r.Intn(11)]
		for _, s := range nearMidpoints(r, prec, scale) {
			out.Parse = append(out.Parse, nearMidpointVec(s, prec))
		}
	}

	// Special values: zeros, infinities, signed zero.
	specials := []operand{
		parsed("0", 512), parsed("-0", 512), infinity(false), infinity(true), parsed("1", 512), parsed("-1", 512),
		parsed("2.5", 53), fromFloat(0), fromFloat(math.Copysign(0, -1)), fromFloat(math.Inf(1)), fromFloat(-3.75),
		withPrec(parsed("0", 512), 0), fromInt("0"),
	}
	for _, op := range []string{"add", "sub", "mul", "quo", "cmp"} {
		for _, x := range specials {
			for _, y := range specials {
				for _, p := range []uint{0, 100} {
					if p != 0 && (op == "cmp" || x.Inf != nil || y.Inf != nil) {
						continue
					}
					out.Ops = append(out.Ops, opVec(op, x, y, p, true))
				}
			}
		}
	}
	// Classic pairs at 512 and mixed precisions.
	classic := []string{"0.1", "0.3", "1", "3", "11", "5.1", "1e30", "1e-30", "-7.25",
		"3.14159265358979323846264338327950288419716939937510582097494459", "1e400", "1e-400"}
	for _, op := range []string{"add", "sub", "mul", "quo", "cmp"} {
		for _, a := range classic {
			for _, b := range classic {
				out.Ops = append(out.Ops, opVec(op, parsed(a, 512), parsed(b, 512), 0, true))
			}
		}
	}
	mixed := []operand{parsed("0.1", 512), parsed("0.1", 53), parsed("0.1", 64), fromFloat(0.1), fromFloat(1e-300),
		fromInt("3"), fromInt("-12345678901234567890123"), parsed("1e-400", 512), parsed("2.5", 24), parsed("1e100", 1000)}
	for _, op := range []string{"add", "sub", "mul", "quo"} {
		for _, a := range mixed {
			for _, b := range mixed {
				for _, p := range []uint{0, 53} {
					out.Ops = append(out.Ops, opVec(op, a, b, p, p == 0))
				}
			}
		}
	}
	// Cancellation and carries around the rounding bit.
	edges := []operand{parsed("1", 512), parsed("1p-512", 512), parsed("1p-513", 512), parsed("3p-514", 512),
		parsed("1p-600", 512), parsed("-1p-513", 512), parsed("13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095", 512),
		parsed("1p2000", 64), parsed("1p-2000", 64), fromInt("1"), fromFloat(1 - 1.0/(1<<53))}
	for _, op := range []string{"add", "sub", "mul", "quo"} {
		for _, a := range edges {
			for _, b := range edges {
				out.Ops = append(out.Ops, opVec(op, a, b, 0, false))
			}
		}
	}
	// Random pairs.
	for i := 0; i < 600; i++ {
		op := []string{"add", "sub", "mul", "quo", "cmp"}[r.Intn(5)]
		x, y := randomOperand(r), randomOperand(r)
		p := uint(0)
		if r.Intn(3) == 0 {
			p = opPrecs[r.Intn(len(opPrecs))]
		}
		out.Ops = append(out.Ops, opVec(op, x, y, p, i%6 == 0))
	}
	// SetPrec, Neg, Abs.
	for _, s := range []string{"0.1", "-0.1", "1", "3", "255", "0.75", "-2.5", "3.5", "1e400", "-0", "0", "1p-600"} {
		for _, p := range []uint{0, 1, 2, 3, 8, 53, 600} {
			out.Ops = append(out.Ops, unaryVec("setPrec", parsed(s, 512), p))
		}
		out.Ops = append(out.Ops, unaryVec("neg", parsed(s, 512), 0), unaryVec("abs", parsed(s, 512), 0))
	}
	for _, x := range []operand{infinity(false), infinity(true), fromFloat(math.Inf(-1))} {
		out.Ops = append(out.Ops, unaryVec("setPrec", x, 0), unaryVec("setPrec", x, 10), unaryVec("neg", x, 0), unaryVec("abs", x, 0))
	}

	// go-cty arithmetic (HCL's + - * / %).
	ctyFixed := [][3]string{{"mod", "11", "5.1"}, {"div", "1", "10"}, {"add", "3.14159265358979323846264338327950288419716939937510582097494459", "1"},
		{"mul", "0.1", "3"}, {"mul", "1.1", "1.1"}, {"sub", "0.3", "0.1"}, {"mod", "10", "3"}, {"mod", "-10", "3"}, {"mod", "10", "-3"},
		{"mod", "7.5", "2"}, {"mod", "1e30", "7"}, {"div", "2", "3"}, {"mul", "1e200", "1e200"}, {"div", "22", "7"}, {"mod", "5", "0.3"}}
	for _, c := range ctyFixed {
		out.Cty = append(out.Cty, ctyVec(c[0], parsed(c[1], 512), parsed(c[2], 512)))
	}
	ctyOperand := func() operand {
		switch r.Intn(5) {
		case 0:
			return fromInt(strconv.FormatInt(r.Int63n(20000)-10000, 10))
		case 1:
			return fromFloat(math.Round(r.NormFloat64()*1000) / 8)
		}
		s := randomDecimal(r)
		for strings.ContainsAny(s, "eEp") || len(s) > 40 {
			s = randomDecimal(r)
		}
		return parsed(s, 512)
	}
	for i := 0; i < 400; i++ {
		op := []string{"add", "sub", "mul", "div", "mod"}[r.Intn(5)]
		x, y := ctyOperand(), ctyOperand()
		if (op == "div" || op == "mod") && build(y).Sign() == 0 {
			continue
		}
		out.Cty = append(out.Cty, ctyVec(op, x, y))
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
