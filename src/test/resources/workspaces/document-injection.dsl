workspace "Injection" "The valid fixture with AsciiDoc markup in every model text: it must render as literal text." {

    model {
        user = person "Pesquisador" "Envia amostras e consulta resultados."

        platform = softwareSystem "Plataforma" "Analisa amostras." {
            api = container "API *x*" "Recebe pass:[<b onclick=x>raw</b>] e link:https://evil.example[aqui] e *negrito* e {doctitle} e image:x.png[] e (C) -- ..." "Python 3.12 / FastAPI" {
                properties {
                    "requirements" "R01"
                }
            }
            bucket = container "Bucket de entrada" "Guarda `código` _itálico_ #marcado# ^sup^ ~sub~ +mais+ <<elemento-api>> footnote:[nota] kbd:[Ctrl] http://evil.example/x" "Amazon S3" {
                properties {
                    "aws.service" "Amazon S3"
                    "requirements" "R01,R02"
                }
            }
        }

        user -> api "Envia amostras" "HTTPS/JSON"
        api -> bucket "Assina pass:[<b onclick=x>raw</b>] link:https://evil.example[aqui] *x*" "AWS SDK (boto3)"

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
            title "Contêineres *x* pass:[<b onclick=x>raw</b>] link:https://evil.example[aqui]"
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
