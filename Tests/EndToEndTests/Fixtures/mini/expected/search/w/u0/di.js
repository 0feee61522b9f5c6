plansiteSearchLoaded("w/u0/di",{
"di":[1,4],
"dia":[1,4],
"dien":[0,-6],
"dinh":[1,-1,1,-2,1,-3,1,-4,1,-5,1,-6]
});
