workspace "Fixture" "AWS elements tied to the CDK app: one right, one without construct, one with a wrong path, one out of scope." {

    model {
        platform = softwareSystem "Plataforma" "Analisa amostras." {
            bucket = container "Bucket de entrada" "Guarda os arquivos enviados." "Amazon S3" {
                properties {
                    "aws.service" "Amazon S3"
                    "cdk.construct" "Data/InputBucket"
                }
            }
            cdn = container "CDN" "Entrega o site." "Amazon CloudFront" {
                properties {
                    "aws.service" "Amazon CloudFront"
                }
            }
            queue = container "Fila de status" "Leva o status das análises." "Amazon SQS" {
                properties {
                    "aws.service" "Amazon SQS"
                    "cdk.construct" "Data/Settings, Data/StatusQueue"
                }
            }
        }

        production = deploymentEnvironment "Produção" {
            region = deploymentNode "sa-east-1" "Região de São Paulo." "AWS Region" {
                properties {
                    "aws.service" "AWS Region"
                    "cdk.outOfScope" "Agrupamento: a região não é um recurso."
                }
                bucketInstance = containerInstance bucket
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
