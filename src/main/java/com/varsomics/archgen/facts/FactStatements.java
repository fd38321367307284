package com.varsomics.archgen.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How pt-BR prose, the deck, the model's descriptions and the ADRs state each fact, one list of patterns per
 * attribute of {@code fatos.adoc}; group 1 of each is the number (or version) the sentence types. A pattern names its
 * context (the bucket, the queue, the job…) so that the same number meaning something else (90 days of Step Functions
 * history, 35 days as Aurora's maximum) is not taken for the fact.
 */
final class FactStatements {

    /** A whole number as pt-BR prose writes it: 50, 1.024, 2.000 (a sentence's final period is not part of it). */
    private static final String N = "(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?!\\d|[.,]\\d)";
    /** Optional emphasis around a number in the deck ({@code *35 dias*}). */
    private static final String B = "\\*{0,2}";
    /** A space, or the deck's non-breaking space attribute. */
    private static final String S = "(?:\\s|\\{nbsp\\})";
    /** "dias", possibly after emphasis closes. */
    private static final String DAYS = B + S + "dias";

    /** A number the pattern does not check, typed or already an attribute. */
    private static final String OTHER = "(?:\\d+|\\{[a-z0-9-]+\\})";
    /** Words that put a sentence on the input bucket, up to where the clause ends. */
    private static final String INPUTS = "(?:[Ee]ntradas?|[Aa]rquivos?|Intelligent-Tiering|ResultWriter)[^.;|]{0,80}?";

    static final Map<String, List<Pattern>> BY_ATTRIBUTE = statements();

    private FactStatements() {
    }

    private static Map<String, List<Pattern>> statements() {
        Map<String, List<Pattern>> statements = new LinkedHashMap<>();
        // Input bucket lifecycle
        put(statements, "input-expiration-days",
                INPUTS + "(?:[Ee]xpira(?:m)?|[Ee]xpiração|expiradas|apaga cada arquivo|entrada por|regime de)(?: com as entradas)?(?: em)? " + B + N + DAYS,
                "[Ll]ifecycle expira os objetos em " + N + DAYS, "expira com as entradas em " + N + DAYS, "bucket de entrada por " + N + DAYS,
                "Arquivos de entrada \\|[^\\n]*?Expiram em " + B + N + DAYS);
        put(statements, "input-noncurrent-days",
                "[Vv]ersões (?:antigas|anteriores|não correntes|substituídas)[^.;|]{0,40}?(?:em|por) " + B + N + DAYS,
                "expiro versões não correntes em " + N + DAYS,
                "NoncurrentVersionExpiration`? de " + N + DAYS, "versionamento com " + N + " dias de carência");
        put(statements, "input-abort-multipart-days",
                "(?:[Mm]ultipart|uploads?) incompletos?[^.;|]{0,30}?(?:em )?" + B + N + DAYS, "abortados pelo lifecycle em " + N + DAYS,
                N + " dias cobrem um upload",
                "[Aa]borta uploads multipart incompletos em " + N + DAYS);
        // Results bucket lifecycle
        put(statements, "results-ia-days",
                "Standard-IA(?: após | a partir do dia | \\(dia | \\(| no dia )" + N + "(?! a )",
                "passam a Standard-IA no dia " + N);
        put(statements, "results-glacier-ir-days",
                "Glacier Instant Retrieval(?: após | no dia | a partir do dia | \\(dia | \\()" + N + "(?! a )");
        put(statements, "results-expiration-days",
                "[Rr]esultados?[^.;|]{0,60}?(?:expiram|expiração|por|durante|até) (?:\\w+ )?" + B + N + DAYS,
                "[Dd]ownload imediato (?:durante|por) " + N + DAYS,
                "o S3 os apaga em " + N + DAYS, "started_at \\+ " + N + DAYS, "Glacier Instant Retrieval[^;|]{0,100}?(?:[Ee]xpira(?:m)?|expiração) em " + B + N + DAYS,
                "Resultados \\|[^\\n]*?[Ee]xpiram em " + B + N + DAYS);
        put(statements, "results-object-lock-days", "Object Lock[^.;|]{0,60}?(?:por|retenção padrão de) " + N + DAYS,
                "retenção padrão de " + N + DAYS, "(?:Governance|Compliance), " + N + DAYS, "gravação \\+ " + N + DAYS);
        // Aurora and AWS Backup
        put(statements, "aurora-pitr-days",
                "PITR(?: do Aurora)?(?: de| vai(?: só)? até| \\(retenção de)" + S + B + N + "(?! a )" + DAYS,
                "recovery em qualquer instante dos últimos " + N + DAYS);
        put(statements, "backup-daily-days",
                "[Dd]i[aá]ri(?:os|amente)(?: expiram em| por| \\(retenção de) " + N + DAYS);
        put(statements, "vault-min-retention-days", "retenção mínima de " + N + " e máxima");
        put(statements, "vault-max-retention-days", "retenção mínima de " + OTHER + " e máxima de " + N + DAYS);
        put(statements, "vault-lock-grace-days", "carência de " + N + DAYS);
        put(statements, "backup-monthly-days",
                "[Mm]ensa(?:is|lmente)(?: por| em| \\(retenção de| guardad[ao]s por) " + B + N + DAYS,
                "[Mm]ensal \\(" + N + DAYS, "[Mm]ensais (?:do Aurora|no AWS Backup) por " + N + DAYS);
        // Workflow
        put(statements, "max-concurrency", "MaxConcurrency\\W{0,5}(?:de\\s+)?" + N, N + " execuções filhas (?:por análise ao mesmo tempo|não repitam)");
        put(statements, "state-machine-timeout-hours",
                "(?:Catch e | e um |[Ss]tate machine \\*\\*Standard\\*\\*, com |dentro do |até o |`TimeoutSeconds` de |" + "\\* )"
                        + "timeout de " + B + N + S + "h\\b",
                "`TimeoutSeconds` (?:de )?(?:" + OTHER + "|\\d{1,3}(?:\\.\\d{3})+) \\(" + N + S + "h\\b", "`TimeoutSeconds` de " + N + S + "h\\b",
                "Standard\\*{0,2},(?: com)? timeout de " + B + N + S + "h\\b");
        put(statements, "state-machine-timeout-seconds", "`TimeoutSeconds` " + N);
        put(statements, "status-queue-visibility-seconds", "visibilidade de " + N + " s\\b");
        put(statements, "status-queue-retention-days",
                "(?:[Ff]ila|SQS)[^.;|]{0,80}?(?:retenção de|retém|\\() ?" + N + DAYS,
                "[Rr]etenção da DLQ é de " + N + DAYS, "statusQueue\\[\\] \\(retenção de " + N + DAYS);
        put(statements, "status-queue-max-receive-count",
                "maxReceiveCount\\W{0,5}(?:de\\s+)?" + N, "DLQ após " + N + " recebimentos", "falham " + N + " vezes vão para a DLQ",
                "recebida " + N + " vezes sem sucesso", "depois de " + N + " recebimentos");
        // Batch
        put(statements, "batch-spot-max-vcpu",
                N + " vCPU Spot", "(?:Spot|SPOT_PRICE_CAPACITY_OPTIMIZED`?)[^.;|]{0,12}?até " + N + " vCPU",
                "Spot está no teto de " + N + " vCPU");
        put(statements, "batch-ondemand-max-vcpu",
                N + " vCPU On-Demand", "On-Demand[^.;|]{0,40}?(?:até|de \\d+ jobs \\() ?" + N + " vCPU", "\\(" + N + " vCPU ocupados\\)", N + " \\(CE On-Demand\\)");
        put(statements, "job-vcpu",
                "(?<!\\()" + N + " vCPU(?:,| e) \\d+ GiB", "jobs? de " + N + " vCPU", "cada um (?:com|de) " + N + " vCPU");
        put(statements, "job-memory-gib", "(?<!\\()(?:\\d+|\\{job-vcpu\\}) vCPU(?:,| e) " + N + " GiB");
        put(statements, "job-timeout-hours",
                "(?:GiB|[Jj]ob)[^.;|]{0,40}?(?<!até o )timeout (?:de )?" + B + N + S + "h\\b" + B + "(?! de)",
                "timeout de " + N + " h por (?:tentativa do )?job", "`attemptDurationSeconds` " + OTHER + " \\(" + N + " h\\)",
                "contêiner que passa de " + N + " h", "recuperada\\) e timeout de " + N + " h");
        put(statements, "job-timeout-seconds", "[Aa]ttemptDurationSeconds`? " + N);
        put(statements, "job-attempts",
                N + " tentativas só", "`retryStrategy`[^.;|]{0,40}?(?:até |com |de |\\()" + N + " tentativas",
                "job refeito \\(até " + N + " tentativas", "além de " + N + " tentativas", "(?:h, |^\\| Até )" + N + " tentativas");
        // EKS
        put(statements, "eks-version",
                "[Cc]luster (?:nasce )?em " + B + "(\\d+\\.\\d+)", "distante do cluster \\((\\d+\\.\\d+)\\)",
                "(\\d+\\.\\d+), a versão do cluster", "EKS fora do suporte padrão \\| (\\d+\\.\\d+)",
                "A (\\d+\\.\\d+) sai do suporte padrão", "Homologação (\\d+\\.\\d+) →");
        // Logs
        put(statements, "log-retention-days",
                "(?:CloudWatch Logs|[Ll]ogs?)[^.;|]{0,30}?(?:retenção de|retidos) " + N + DAYS, "[Rr]etenção de " + N + " dias nos logs",
                "chave de logs, " + N + DAYS, "grupos de log[^.;|]{0,40}?(?:com|em) " + N + DAYS);
        // WAF
        put(statements, "waf-rate-limit",
                N + " requisições (?:por|em|a cada) 5 min(?:utos)? por IP(?! nos caminhos)", N + " por IP fora das instituições",
                N + " por IP \\(instituições", "rate-limit-per-ip " + N);
        put(statements, "waf-rate-window-minutes", "(?:limites|regras por taxa) (?:por|em) " + N + " min\\b", "por " + N + " min, \\d+ req");
        put(statements, "waf-rate-limit-login", N + " (?:req|requisições|por IP) (?:por IP )?n[oa]s? (?:caminhos de )?login", "rate-limit-login " + N);
        put(statements, "waf-rate-limit-session", "(?<!≈ )" + N + " (?:req |requisições )?por sessão", "rate-limit-per-session " + N);
        // API upload settings (manifests)
        put(statements, "upload-url-expiry-minutes",
                "URLs?[^.;|]{0,40}?(?:validade de|válidas por|de) " + B + N + S + "min\\b",
                "(?:multipart|pré-assina UploadPart|partes do multipart) \\(" + N + " min", "emitida pela API por " + N + " min", "Validade curta, de " + N + " min",
                "URL assinada[^.;|]{0,60}?vale menos de " + N + " min", "expiram em " + N + " minutos \\(`UPLOAD_URL");
        put(statements, "upload-url-expiry-seconds", "UPLOAD_URL_EXPIRY_SECONDS=" + N);
        put(statements, "upload-part-size-mib", "[Pp]artes? (?:fixa )?de " + N + " MiB(?! a \\d)", "UPLOAD_PART_SIZE_MIB: \"" + N + "\"", "custa no máximo " + N + " MiB", "max\\(" + N + " MiB");
        // Autoscalers (prod)
        for (String workload : List.of("web", "api", "status-consumer")) {
            put(statements, "hpa-" + workload + "-min", "HPA[^.;|]{0,120}?`" + workload + "` " + N + "–" + OTHER + "");
            put(statements, "hpa-" + workload + "-max", "HPA[^.;|]{0,120}?`" + workload + "` " + OTHER + "–" + N);
        }
        // the model's descriptions and the deck's prose, by the workload they describe
        add(statements, "hpa-web-min", "web = container .*?" + N + "–" + OTHER + " pods \\(HPA\\)");
        add(statements, "hpa-web-max", "web = container .*?" + OTHER + "–" + N + " pods \\(HPA\\)", "HPA vai a " + N + " pods de Django");
        add(statements, "hpa-api-max", "HPA vai a " + OTHER + " pods de Django e " + N + " de API", "\\*API\\.\\*.*?máximo de " + N + " pods do HPA");
        add(statements, "hpa-status-consumer-min", "statusConsumer = container .*?" + N + "–" + OTHER + " réplicas \\(HPA",
                "eventos de status.*?HPA escala de " + N + " a " + OTHER + " réplicas");
        add(statements, "hpa-status-consumer-max", "statusConsumer = container .*?" + OTHER + "–" + N + " réplicas \\(HPA",
                "eventos de status.*?HPA escala de " + OTHER + " a " + N + " réplicas");
        for (String workload : List.of("web", "api")) {
            add(statements, "hpa-" + workload + "-min-staging", "HPA de " + N + " a " + OTHER + " \\(consumidor");
            add(statements, "hpa-" + workload + "-max-staging", "HPA de " + OTHER + " a " + N + " \\(consumidor");
        }
        add(statements, "hpa-status-consumer-min-staging", "\\(consumidor de " + N + " a " + OTHER + "\\)");
        add(statements, "hpa-status-consumer-max-staging", "\\(consumidor de " + OTHER + " a " + N + "\\)");
        return Map.copyOf(statements);
    }

    private static void add(Map<String, List<Pattern>> statements, String attribute, String... patterns) {
        List<Pattern> all = new java.util.ArrayList<>(statements.getOrDefault(attribute, List.of()));
        java.util.Arrays.stream(patterns).map(Pattern::compile).forEach(all::add);
        statements.put(attribute, List.copyOf(all));
    }

    private static void put(Map<String, List<Pattern>> statements, String attribute, String... patterns) {
        statements.put(attribute, java.util.Arrays.stream(patterns).map(Pattern::compile).toList());
    }
}
