workspace "Fixture" "A small model that satisfies every rule; the failing fixtures each break exactly one." {

    !adrs decision-without-date

    model {
        user = person "Pesquisador" "Envia amostras e consulta resultados."

        platform = softwareSystem "Plataforma" "Analisa amostras." {
            api = container "API" "Recebe pedidos de análise." "Python 3.12 / FastAPI" {
                properties {
                    "requirements" "R01"
                }
            }
            bucket = container "Bucket de entrada" "Guarda os arquivos enviados." "Amazon S3" {
                properties {
                    "aws.service" "Amazon S3"
                    "requirements" "R01,R02"
                }
            }
        }

        user -> api "Envia amostras" "HTTPS/JSON"
        api -> bucket "Assina URLs de upload" "AWS SDK (boto3)"

        production = deploymentEnvironment "Produção" {
            region = deploymentNode "sa-east-1" "Região de São Paulo." "AWS Region" {
                properties {
                    "aws.service" "AWS Region"
                }
                cluster = deploymentNode "Cluster EKS" "Executa os pods da API." "Amazon EKS 1.33" {
                    properties {
                        "aws.service" "Amazon EKS"
                    }
                    apiInstance = containerInstance api
                }
                bucketInstance = containerInstance bucket
            }
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
            description "Onde cada contêiner roda."
        }
    }
}
