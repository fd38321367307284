workspace "Plataforma de teste" "Fixture do site: um sistema com contêineres, um ambiente com instâncias repetidas e nós de infraestrutura, uma visão dinâmica e duas ADRs." {

    !adrs site-adrs

    model {
        user = person "Pesquisador" "Envia amostras e consulta resultados por 5 anos."
        idp = softwareSystem "IdP corporativo" "Provedor de identidade externo." {
            tags "Externo"
        }

        platform = softwareSystem "Plataforma" "Analisa amostras com 99,9% de disponibilidade." {
            api = container "API controladora" "Recebe pedidos de análise." "Python 3.12 / FastAPI" {
                properties {
                    "requirements" "R02,R03"
                }
            }
            database = container "Banco relacional" "Guarda amostras e análises." "Amazon Aurora PostgreSQL" {
                properties {
                    "aws.service" "Amazon Aurora"
                    "requirements" "R04"
                }
            }
            bucket = container "Bucket de entrada" "Guarda os arquivos enviados; expira em 365 dias." "Amazon S3" {
                properties {
                    "aws.service" "Amazon S3"
                    "requirements" "R11"
                }
            }
        }

        user -> api "Envia amostras" "HTTPS/JSON"
        api -> database "Grava análises" "SQL/TLS"
        api -> bucket "Assina URLs de upload" "AWS SDK (boto3)"
        api -> idp "Valida tokens" "OIDC"

        production = deploymentEnvironment "Produção" {
            region = deploymentNode "sa-east-1 (São Paulo)" "Região de São Paulo." "AWS Region" {
                properties {
                    "aws.service" "AWS Region"
                }
                cluster = deploymentNode "Nós de aplicação" "Executa os pods da API." "Amazon EKS" "3..5" {
                    properties {
                        "aws.service" "Amazon EKS"
                    }
                    apiInstance = containerInstance api
                }
                azA = deploymentNode "sa-east-1a" "AZ A." "Availability Zone" {
                    writer = containerInstance database
                }
                azB = deploymentNode "sa-east-1b" "AZ B." "Availability Zone" {
                    reader = containerInstance database
                }
                kms = infrastructureNode "AWS KMS" "Chaves do cliente (resultados guardados 1827 dias)." "AWS KMS" {
                    properties {
                        "aws.service" "AWS KMS"
                        "requirements" "R09"
                    }
                }
                bucketInstance = containerInstance bucket
            }
            kms -> bucketInstance "Criptografa objetos" "SSE-KMS"
        }
    }

    views {
        systemContext platform "context" {
            include *
            autoLayout lr
            title "Contexto"
            description "Quem usa a plataforma."
        }
        container platform "containers" {
            include *
            autoLayout lr
            title "Contêineres"
            description "Os blocos da plataforma."
        }
        deployment platform "Produção" "deployment" {
            include *
            autoLayout lr
            title "Implantação"
            description "Onde cada contêiner roda, em duas AZs."
        }
        dynamic platform "upload" {
            title "Fluxo de upload"
            description "Do pedido à gravação."
            user -> api "Pede a URL"
            api -> bucket "Assina a URL"
            api -> database "Registra o arquivo"
            autoLayout lr
        }
    }

    properties {
        "proposta.disponibilidade" "99,9%"
        "proposta.retencao.entradas.dias" "365"
        "proposta.retencao.resultados.dias" "1827"
    }
}
