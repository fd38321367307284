package com.varsomics.archgen.provisioning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is a CIDR block CloudFormation and AWS accept: an IPv4 address with a prefix of 0–32, or an IPv6 one
 * with 0–128. CDK passes such strings through untouched, so a {@code /33} would only fail at deployment.
 */
final class CidrNotation {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("([0-9A-Fa-f:]+)/(\\d{1,3})");

    private CidrNotation() {
    }

    static boolean valid(String text) {
        Matcher v4 = IPV4.matcher(text);
        if (v4.matches()) {
            for (int octet = 1; octet <= 4; octet++) {
                if (Integer.parseInt(v4.group(octet)) > 255) {
                    return false;
                }
            }
            return Integer.parseInt(v4.group(5)) <= 32;
        }
        Matcher v6 = IPV6.matcher(text);
        return v6.matches() && v6.group(1).contains(":") && Integer.parseInt(v6.group(2)) <= 128;
    }
}
