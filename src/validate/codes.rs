//! The stable issue codes. UIs branch on them and translate them; the README lists them all (a
//! test checks). A code is never renamed; a new rule gets a new code.

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $name:ident => $text:literal,)*) => {
        /// An issue code, `area.rule`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[doc = $doc])* $name,)*
        }

        impl Code {
            /// Every code, in the order of the README table.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The code as UIs see it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => $text,)*
                }
            }
        }
    };
}

codes! {
    /// The validation options themselves are malformed (an unknown `cloud`, a wrong type).
    OptionsInvalid => "options.invalid",
    /// The input could not be read as JSON (a BigInt, a cycle, nesting past the limit).
    InputUnsupported => "input.unsupported",
    /// The input is larger than a reader of untrusted input takes: a list longer than any rule
    /// allows, or more values or text than any body of the API holds.
    InputTooLarge => "input.too_large",
    /// More issues than a report holds; the rest are counted in this issue's message.
    IssuesTruncated => "issues.truncated",
    /// A value has the wrong JSON type (a string where a number belongs, a fraction for an integer).
    FieldType => "field.type",
    /// A mandatory field is missing.
    FieldRequired => "field.required",
    /// A key the API does not know; the server rejects it with VPN.0013.
    FieldUnknown => "field.unknown",
    /// A field an update cannot change.
    FieldImmutable => "field.immutable",
    /// A field that is not allowed with another field's value; `related` names the other field.
    FieldConflict => "field.conflict",
    /// One of two fields that must be set together is missing.
    FieldPair => "field.pair",
    /// Two fields that must differ are equal.
    FieldDistinct => "field.distinct",
    /// A deprecated field (a warning).
    FieldDeprecated => "field.deprecated",
    /// Not a UUID: 36 characters, 8-4-4-4-12 hexadecimal digits.
    IdUuid => "id.uuid",
    /// `vgw_ip` is neither a UUID (EIP id) nor an IPv4 address.
    VgwIpFormat => "vgw_ip.format",
    /// A resource name outside 1–64 characters of `A–Z a–z 0–9 _ - .`.
    NameFormat => "name.format",
    /// A value outside the enumeration known for the selected cloud.
    EnumUnknown => "enum.unknown",
    /// A known value the selected cloud documents as not supported yet (a warning).
    EnumUnsupported => "enum.unsupported",
    /// An integer outside its documented range.
    IntRange => "int.range",
    /// A list with too many or too few entries.
    ListLength => "list.length",
    /// Not a strict dotted-decimal IPv4 address.
    Ipv4Syntax => "ipv4.syntax",
    /// An FQDN identifier that is empty, too long or has a forbidden character (a warning where
    /// the references disagree: 129–255 characters or `?` in a connection's ids).
    FqdnFormat => "fqdn.format",
    /// Not an IPv4 CIDR in strict dotted-decimal form with a prefix of 0–32.
    CidrSyntax => "cidr.syntax",
    /// A CIDR with bits set after its prefix (a warning; the hint gives the network form).
    CidrHostBits => "cidr.host_bits",
    /// The same network twice.
    CidrDuplicate => "cidr.duplicate",
    /// Two networks that overlap; `related` names the other entry.
    CidrOverlap => "cidr.overlap",
    /// A network that overlaps a block the cloud reserves (100.64.0.0/10, 214.0.0.0/8).
    CidrReserved => "cidr.reserved",
    /// Multicast (class D), class E or loopback addresses (VPN.0204).
    CidrSpecial => "cidr.special",
    /// A peer subnet equal to one of the gateway's local subnets.
    CidrLocalSubnet => "cidr.local_subnet",
    /// A tunnel address outside 169.254.0.0/16, or in the reserved 169.254.195.0/24.
    TunnelLinkLocal => "tunnel.link_local",
    /// A tunnel address whose prefix is not /30.
    TunnelPrefix => "tunnel.prefix",
    /// A tunnel address that is the network or broadcast address of its /30.
    TunnelHost => "tunnel.host",
    /// Local and peer tunnel addresses in different /30 networks.
    TunnelSame30 => "tunnel.same_30",
    /// A weak algorithm or DH group (a warning).
    AlgorithmWeak => "algorithm.weak",
    /// An IPsec lifetime of 30–59 s: the OTC API allows it, another source starts at 60 (a warning).
    LifetimeDisputed => "lifetime.disputed",
    /// A PSK shorter than 8 or longer than 128 characters.
    PskLength => "psk.length",
    /// A PSK with fewer than 3 of the 4 character classes.
    PskClasses => "psk.classes",
    /// A PSK with a character outside the allowed set.
    PskCharset => "psk.charset",
    /// A PSK with `*` or a space, which some references allow and others leave out (a warning).
    PskDisputedChar => "psk.disputed_char",
    /// A tag key outside 1–128 characters or with a character outside the allowed set.
    TagKey => "tag.key",
    /// A tag value over 255 characters or with a character outside the allowed set.
    TagValue => "tag.value",
    /// The same tag key twice in one list.
    TagDuplicate => "tag.duplicate",
    /// Batch items on different VPN gateways.
    BatchVgwId => "batch.vgw_id",
    /// EIP bandwidth above what the gateway's flavor allows.
    BandwidthFlavor => "bandwidth.flavor",
}
