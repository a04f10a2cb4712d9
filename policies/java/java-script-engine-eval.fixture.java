import javax.script.*;

class Calc {
    static final String FIXED_SCRIPT = "amount * 1.2";

    Object calc(HttpServletRequest req, String formula) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("nashorn");
        // ruleid: java-script-engine-eval
        Object a = engine.eval(req.getParameter("expr"));
        // ruleid: java-script-engine-eval
        Object b = engine.eval("var x = " + formula + ";");
        // ruleid: java-script-engine-eval
        Object c = new ScriptEngineManager().getEngineByName("js").eval(formula);
        // ok: java-script-engine-eval
        Object d = engine.eval(FIXED_SCRIPT, bindings);
        // ok: java-script-engine-eval
        Object e = engine.eval("1 + 2");
        // ok: java-script-engine-eval
        Object f = expressionParser.eval(formula);
        return a;
    }
}
