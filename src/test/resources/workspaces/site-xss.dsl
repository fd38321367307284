workspace "Teste <script>alert('workspace')</script>" "Resumo com <img src=x onerror=alert(1)> e & e 'aspas'." {

    !adrs site-xss-adrs

    model {
        user = person "Pesquisador <b>negrito</b>" "Descrição com <script>alert('xss')</script> & 'aspas'."
        platform = softwareSystem "Plataforma" "Analisa amostras com 99,9%; entradas por 365 dias, resultados por 1827 dias." {
            api = container "API <i>x</i>" "Texto <iframe src=javascript:alert(2)></iframe>" "<img src=x onerror=alert(3)>" {
                properties {
                    "requirements" "R01"
                }
            }
        }
        user -> api "Usa <script>alert(4)</script>" "HTTPS <b>"
    }

    views {
        container platform "containers" {
            include *
            autoLayout lr
            title "Contêineres <script>alert(5)</script>"
            description "Descrição da visão com <script>alert(6)</script>."
        }
    }

    properties {
        "proposta.disponibilidade" "99,9%"
        "proposta.retencao.entradas.dias" "365"
        "proposta.retencao.resultados.dias" "1827"
    }
}
