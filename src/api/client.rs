//! The client as pure functions: an operation and its input become a [`Call`] (the request to send
//! and how to read its answer). A transport, which lives elsewhere, sends the bytes.

use super::answer::Shape;
use super::body::Body;
use super::catalog::{Op, Operation};
use super::decode::decode;
use super::endpoint::Endpoint;
use super::error::Error;
use super::http::{HttpRequest, HttpResponse, Method};
use super::redact::Redactor;
use crate::model::Secret;
use crate::validate::{Report, ValidateOptions, Validator};
use serde::de::DeserializeOwned;
use std::marker::PhantomData;

/// How a client authenticates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// A project-scoped IAM token, sent as `X-Auth-Token`.
    Token(Secret),
    /// An access key pair: each request is signed (`SDK-HMAC-SHA256`) when it is sent, with
    /// `X-Project-Id` and, for temporary credentials, `X-Security-Token`.
    AkSk { access_key: String, secret_key: Secret, security_token: Option<Secret> },
}

/// What to do with a request body before sending it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Validation {
    /// Refuse to send when the body has an error (the default).
    #[default]
    Error,
    /// Send anyway; the report is handed back for the caller to show.
    Warn,
    /// Do not validate.
    Off,
}

/// Everything a call needs besides its own input.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub endpoint: Endpoint,
    project_id: String,
    pub auth: Auth,
    pub validation: Validation,
    pub validate_options: ValidateOptions,
}

/// A prepared call of one operation: the request to send, what the validators said of its body,
/// and (from the catalogue) the status and shape of a success. `T` is the model a native caller
/// reads the answer as.
#[derive(Debug)]
pub struct Call<T> {
    pub request: HttpRequest,
    /// The body's validation report: warnings, or errors too in `Warn` mode; empty when the
    /// operation has no body, validation is off, or the operation has no validator.
    pub report: Report,
    op: Op,
    _answer: PhantomData<fn() -> T>,
}

impl<T> Call<T> {
    pub(crate) fn new(request: HttpRequest, op: Op, report: Report) -> Self {
        Self { request, report, op, _answer: PhantomData }
    }

    /// The same call, read as another model.
    pub(crate) fn typed<U>(self) -> Call<U> {
        Call { request: self.request, report: self.report, op: self.op, _answer: PhantomData }
    }

    /// The operation, as the catalogue describes it.
    pub fn operation(&self) -> &'static Operation {
        Operation::of(self.op)
    }

    /// The status a success answers with.
    pub fn expected_status(&self) -> u16 {
        self.operation().success
    }

    /// What a success body holds.
    pub fn shape(&self) -> Shape {
        self.operation().answer
    }
}

impl<T: DeserializeOwned> Call<T> {
    /// Reads the answer to this call.
    pub fn decode(&self, response: &HttpResponse) -> Result<T, Error> {
        decode(response, self.expected_status())
    }
}

impl ClientConfig {
    /// What scrubs this client's secrets (token, secret key, security token) from its errors;
    /// [`Redactor::with_body_secrets`] adds a request's PSKs.
    pub fn redactor(&self) -> Redactor {
        match &self.auth {
            Auth::Token(token) => Redactor::new([token.expose()]),
            Auth::AkSk { secret_key, security_token, .. } => {
                Redactor::new([Some(secret_key), security_token.as_ref()].into_iter().flatten().map(Secret::expose))
            }
        }
    }

    /// A configuration; `project_id` must be 1–64 characters of letters, digits, `-` and `_` (IAM
    /// project ids are 32 hex digits).
    pub fn new(endpoint: Endpoint, project_id: &str, auth: Auth) -> Result<Self, Error> {
        let ok_chars = project_id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if project_id.is_empty() || project_id.len() > 64 || !ok_chars {
            return Err(Error::Config(
                "projectId must be 1–64 letters, digits, - or _ (an IAM project id is 32 hex digits)".into(),
            ));
        }
        let single_line = |s: &str| !s.is_empty() && !s.contains(['\r', '\n']);
        match &auth {
            Auth::Token(token) if !single_line(token.expose()) => {
                return Err(Error::Config("auth.token must be a non-empty single-line string".into()));
            }
            Auth::AkSk { access_key, secret_key, security_token }
                if !single_line(access_key)
                    || !single_line(secret_key.expose())
                    || security_token.as_ref().is_some_and(|t| !single_line(t.expose())) =>
            {
                return Err(Error::Config(
                    "auth.accessKey, auth.secretKey and auth.securityToken must be non-empty single-line strings"
                        .into(),
                ));
            }
            _ => {}
        }
        Ok(Self {
            endpoint,
            project_id: project_id.to_owned(),
            auth,
            validation: Validation::default(),
            validate_options: ValidateOptions::default(),
        })
    }

    /// The project every call addresses.
    pub fn project_id(&self) -> &str {
        &self.project_id
    }

    fn url(&self, tail: &str) -> String {
        format!("{}/v5/{}/{tail}", self.endpoint.as_str(), self.project_id)
    }

    pub(crate) fn request(&self, method: Method, tail: &str, body: Option<Vec<u8>>) -> HttpRequest {
        let mut headers = Vec::with_capacity(3);
        if body.is_some() {
            headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
        }
        match &self.auth {
            Auth::Token(token) => headers.push(("X-Auth-Token".to_owned(), token.expose().to_owned())),
            Auth::AkSk { .. } => headers.push(("X-Project-Id".to_owned(), self.project_id.clone())),
        }
        HttpRequest { method, url: self.url(tail), headers, body: body.unwrap_or_default() }
    }

    /// Makes a request ready to send at `now_ms` (epoch ms): with AK/SK it is signed then, since a
    /// signature holds its time; a token was added when the request was made.
    pub fn authorize(&self, request: &mut HttpRequest, now_ms: u64) -> Result<(), Error> {
        let Auth::AkSk { access_key, secret_key, security_token } = &self.auth else { return Ok(()) };
        let signed = super::signer::sign(&super::signer::SignInput {
            method: request.method.as_str(),
            url: &request.url,
            headers: &request.headers,
            body: &request.body,
            access_key,
            secret_key,
            security_token: security_token.as_ref(),
            date: &super::time::format_sdk_date(now_ms),
        })?;
        request.headers = signed.headers;
        Ok(())
    }

    /// Runs `validator` per [`Validation`]; an error report stops the call in `Error` mode.
    pub(crate) fn check(&self, body: &impl Body, validator: Validator) -> Result<Report, Error> {
        if self.validation == Validation::Off {
            return Ok(Report::default());
        }
        let report = body.read(|tree| validator(tree, &self.validate_options))?;
        if self.validation == Validation::Error && !report.ok() {
            return Err(Error::Validation(report));
        }
        Ok(report)
    }
}
