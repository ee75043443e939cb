//! A reader of the hand-written TypeScript declarations (`src/wasm/types/*.rs`): enough of the
//! language to know each declared type's fields and string-literal values. It reads interfaces,
//! type aliases, object literals, unions, intersections, arrays, indexed access (`T["k"]`),
//! generic references and function types; a namespace is skipped whole.

use std::collections::{BTreeMap, BTreeSet};

/// A type expression.
#[derive(Debug, Clone)]
pub enum Ty {
    /// A string literal.
    Lit(String),
    /// A named type with its type arguments (`string`, `IkePolicy`, `Record<string, T>`).
    Named(String, Vec<Ty>),
    /// An object literal or interface body: its members (an index signature is named `[key]`).
    Obj(Vec<(String, Ty)>),
    Array(Box<Ty>),
    /// `T["key"]`.
    Index(Box<Ty>, String),
    Union(Vec<Ty>),
    Inter(Vec<Ty>),
    /// A function type, a number literal or anything else without fields or string values.
    Opaque,
}

/// Every declaration of a source text, by name (an interface with bases is their intersection).
pub type Decls = BTreeMap<String, Ty>;

/// The TypeScript text of each `typescript_custom_section` of a Rust source file.
pub fn sections(rust: &str) -> Vec<&str> {
    rust.split("r#\"").skip(1).filter_map(|rest| rest.split_once("\"#").map(|(ts, _)| ts)).collect()
}

/// Reads the declarations of a TypeScript text; panics, naming the place, on what it cannot read.
pub fn parse(text: &str) -> Decls {
    let mut p = Parser { tokens: tokens(text), at: 0 };
    let mut decls = Decls::new();
    while p.peek().is_some() {
        p.eat("export");
        p.eat("declare");
        let keyword = p.next();
        match keyword.as_str() {
            "namespace" => {
                p.next();
                p.skip_balanced("{", "}");
            }
            "interface" => {
                let name = p.next();
                p.skip_generics();
                let mut parts = Vec::new();
                if p.eat("extends") {
                    loop {
                        parts.push(p.primary());
                        if !p.eat(",") {
                            break;
                        }
                    }
                }
                parts.push(p.primary());
                decls.insert(name, if parts.len() == 1 { parts.remove(0) } else { Ty::Inter(parts) });
            }
            "type" => {
                let name = p.next();
                p.skip_generics();
                p.expect("=");
                let ty = p.ty();
                p.eat(";");
                decls.insert(name, ty);
            }
            other => panic!("unexpected {other:?} at token {} ({:?})", p.at, p.tokens.get(p.at..p.at + 8)),
        }
    }
    decls
}

fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('*') {
            let end = (i + 2..chars.len()).find(|&j| chars[j] == '*' && chars.get(j + 1) == Some(&'/')).expect("*/");
            i = end + 2;
        } else if c == '/' && next == Some('/') {
            i = (i..chars.len()).find(|&j| chars[j] == '\n').unwrap_or(chars.len());
        } else if c == '"' {
            let end = (i + 1..chars.len()).find(|&j| chars[j] == '"' && chars[j - 1] != '\\').expect("closing quote");
            out.push(chars[i..=end].iter().collect());
            i = end + 1;
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let end = (i..chars.len()).find(|&j| !(chars[j].is_alphanumeric() || chars[j] == '_' || chars[j] == '$'));
            let end = end.unwrap_or(chars.len());
            out.push(chars[i..end].iter().collect());
            i = end;
        } else if c == '=' && next == Some('>') {
            out.push("=>".into());
            i += 2;
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn next(&mut self) -> String {
        let token = self.tokens.get(self.at).cloned().expect("unexpected end of the declarations");
        self.at += 1;
        token
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.peek() == Some(token);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, token: &str) {
        let got = self.next();
        assert_eq!(got, token, "at token {}: {:?}", self.at, self.tokens.get(self.at.saturating_sub(6)..self.at + 4));
    }

    /// Skips from an opening token to its matching closing one.
    fn skip_balanced(&mut self, open: &str, close: &str) {
        self.expect(open);
        let mut depth = 1;
        while depth > 0 {
            let token = self.next();
            depth += usize::from(token == open);
            depth -= usize::from(token == close);
        }
    }

    fn skip_generics(&mut self) {
        if self.peek() == Some("<") {
            self.skip_balanced("<", ">");
        }
    }

    fn ty(&mut self) -> Ty {
        self.eat("|");
        let mut parts = vec![self.intersection()];
        while self.eat("|") {
            parts.push(self.intersection());
        }
        if parts.len() == 1 {
            parts.remove(0)
        } else {
            Ty::Union(parts)
        }
    }

    fn intersection(&mut self) -> Ty {
        let mut parts = vec![self.postfix()];
        while self.eat("&") {
            parts.push(self.postfix());
        }
        if parts.len() == 1 {
            parts.remove(0)
        } else {
            Ty::Inter(parts)
        }
    }

    fn postfix(&mut self) -> Ty {
        let mut ty = self.primary();
        while self.peek() == Some("[") {
            self.next();
            if self.eat("]") {
                ty = Ty::Array(Box::new(ty));
            } else {
                let key = self.next();
                self.expect("]");
                ty = Ty::Index(Box::new(ty), key.trim_matches('"').to_owned());
            }
        }
        ty
    }

    fn primary(&mut self) -> Ty {
        let token = self.next();
        match token.as_str() {
            "{" => self.members(),
            "(" => {
                let start = self.at;
                self.at -= 1;
                self.skip_balanced("(", ")");
                if self.eat("=>") {
                    self.ty();
                    Ty::Opaque
                } else {
                    self.at = start;
                    let inner = self.ty();
                    self.expect(")");
                    inner
                }
            }
            "readonly" | "typeof" | "keyof" => self.primary(),
            t if t.starts_with('"') => Ty::Lit(t.trim_matches('"').to_owned()),
            t if t.starts_with(|c: char| c.is_ascii_digit()) => Ty::Opaque,
            _ => {
                let mut name = token;
                while self.eat(".") {
                    name = format!("{name}.{}", self.next());
                }
                let mut args = Vec::new();
                if self.eat("<") {
                    loop {
                        args.push(self.ty());
                        if !self.eat(",") {
                            break;
                        }
                    }
                    self.expect(">");
                }
                Ty::Named(name, args)
            }
        }
    }

    /// The members of an object type, after its `{`.
    fn members(&mut self) -> Ty {
        let mut members = Vec::new();
        while !self.eat("}") {
            self.eat("readonly");
            let name = if self.eat("[") {
                self.next();
                self.expect(":");
                self.ty();
                self.expect("]");
                "[key]".to_owned()
            } else {
                self.next().trim_matches('"').to_owned()
            };
            self.eat("?");
            self.expect(":");
            members.push((name, self.ty()));
            if !self.eat(";") {
                self.eat(",");
            }
        }
        Ty::Obj(members)
    }
}

const PRIMITIVES: [&str; 7] = ["string", "number", "boolean", "unknown", "undefined", "null", "any"];

/// The string values a type allows, and whether it allows any other string too (`string`, or the
/// `(string & {})` idiom of an open union).
pub fn literals(ty: &Ty, decls: &Decls) -> (BTreeSet<String>, bool) {
    match ty {
        Ty::Lit(v) => (BTreeSet::from([v.clone()]), false),
        Ty::Named(name, _) if name == "string" => (BTreeSet::new(), true),
        Ty::Named(name, _) => decls.get(name).map_or((BTreeSet::new(), false), |t| literals(t, decls)),
        Ty::Union(parts) => parts.iter().fold((BTreeSet::new(), false), |(mut all, open), part| {
            let (values, part_open) = literals(part, decls);
            all.extend(values);
            (all, open || part_open)
        }),
        Ty::Inter(parts) => (BTreeSet::new(), parts.iter().any(|p| literals(p, decls).1)),
        _ => (BTreeSet::new(), false),
    }
}

/// Whether a type names a string literal itself, rather than only through a named alias.
pub fn has_inline_literal(ty: &Ty) -> bool {
    match ty {
        Ty::Lit(_) => true,
        Ty::Union(parts) => parts.iter().any(has_inline_literal),
        _ => false,
    }
}

/// The fields of an object type (of every variant of a union, of every part of an intersection),
/// or `None` when it is not one. `Record<string, T>` has the one field `[key]`; an index signature
/// of `unknown` values (room for fields a newer server adds) is no field.
pub fn fields(ty: &Ty, decls: &Decls) -> Option<BTreeMap<String, Ty>> {
    match ty {
        Ty::Obj(members) => Some(
            members
                .iter()
                .filter(|(name, t)| !(name == "[key]" && matches!(t, Ty::Named(n, _) if n == "unknown")))
                .cloned()
                .collect(),
        ),
        Ty::Named(name, args) if name == "Record" => match args.get(1) {
            Some(Ty::Named(v, _)) if v == "unknown" => Some(BTreeMap::new()),
            v => v.map(|v| BTreeMap::from([("[key]".to_owned(), v.clone())])),
        },
        Ty::Named(name, _) if PRIMITIVES.contains(&name.as_str()) => None,
        Ty::Named(name, _) => decls.get(name).and_then(|t| fields(t, decls)),
        Ty::Index(of, key) => fields(of, decls)?.get(key).and_then(|t| fields(t, decls)),
        Ty::Inter(parts) | Ty::Union(parts) => {
            if matches!(ty, Ty::Inter(_))
                && parts.iter().any(|p| matches!(p, Ty::Named(n, _) if PRIMITIVES.contains(&n.as_str())))
            {
                return None;
            }
            let mut all: Option<BTreeMap<String, Ty>> = None;
            for part in parts {
                if let Some(more) = fields(part, decls) {
                    all.get_or_insert_with(BTreeMap::new).extend(more);
                }
            }
            all
        }
        Ty::Lit(_) | Ty::Array(_) | Ty::Opaque => None,
    }
}

/// The item type of an array (`T[]`, `ReadonlyArray<T>`), or the type itself.
pub fn item(ty: &Ty) -> &Ty {
    match ty {
        Ty::Array(of) => item(of),
        Ty::Named(name, args) if name == "ReadonlyArray" => args.first().map_or(ty, item),
        Ty::Union(parts) => parts.iter().find(|p| matches!(p, Ty::Array(_))).map_or(ty, item),
        _ => ty,
    }
}
