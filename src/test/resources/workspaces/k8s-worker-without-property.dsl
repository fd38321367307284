workspace "Fixture EKS" "Containers that run on Amazon EKS, for the Kubernetes manifest checks." {

    model {
        user = person "Pesquisador" "Envia amostras e consulta resultados."

        platform = softwareSystem "Plataforma" "Analisa amostras." {
            web = container "Front-end" "Páginas da aplicação." "Python 3.12 / Django" {
                properties {
                    "k8s.deployment" "web"
                }
            }
            api = container "API" "Recebe pedidos de análise." "Python 3.12 / FastAPI" {
                properties {
                    "k8s.deployment" "api"
                }
            }
            worker = container "Worker" "Processa tarefas." "Python 3.12"
            database = container "Banco de dados" "Usuários e análises." "Amazon Aurora PostgreSQL" {
                properties {
                    "aws.service" "Amazon Aurora"
                }
            }
        }

        user -> web "Usa" "HTTPS"
        web -> api "Chama" "HTTP/JSON"
        web -> database "Lê e grava" "PostgreSQL"
        api -> database "Lê e grava" "PostgreSQL"
        worker -> database "Grava resultados" "PostgreSQL"

        production = deploymentEnvironment "Produção" {
            region = deploymentNode "sa-east-1" "Região de São Paulo." "AWS Region" {
                properties {
                    "aws.service" "AWS Region"
                }
                cluster = deploymentNode "Cluster EKS" "Executa os pods." "Amazon EKS 1.33" {
                    properties {
                        "aws.service" "Amazon EKS"
                    }
                    webInstance = containerInstance web
                    apiInstance = containerInstance api
                    workerInstance = containerInstance worker
                }
                databaseInstance = containerInstance database
            }
        }
    }

    views {
        container platform "containers" {
            include *
            autoLayout lr
            title "Contêineres"
            description "Os blocos da plataforma."
        }
    }
}
